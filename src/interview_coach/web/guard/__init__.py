"""What stands between the network and the coach: host names, body sizes, headers, CSRF."""
