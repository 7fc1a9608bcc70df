from bench.calibration import main

main()
