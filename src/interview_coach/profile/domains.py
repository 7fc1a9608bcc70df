"""Industries a resume or job description belongs to, from the words it uses."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

# domain: (strong terms that name it, weak terms that only point to it); strong counts double.
_DOMAINS: dict[str, tuple[str, str]] = {
    "fintech": (
        "fintech|payments|payment processing|payment platform|card issuing|neobank|"
        "digital bank|open banking|psd2|pci dss|pci-dss|kyc|aml|anti-money laundering|ledger|"
        "remittance|acquiring|chargebacks|stripe|adyen|buy now pay later|bnpl",
        "payment|cards|wallet|lending|loans|credit|transactions|fraud|settlement|reconciliation|"
        "banking|bank|crypto|trading",
    ),
    "finance": (
        "investment banking|asset management|wealth management|financial services|"
        "private equity|hedge fund|capital markets|accounting firm|audit firm",
        "finance|financial|investment|portfolio|accounting|audit|tax|treasury|equity|"
        "securities|bank|banking",
    ),
    "insurance": (
        "insurance|insurer|insurtech|underwriting|actuarial|reinsurance",
        "claims|policyholders|premiums|broker",
    ),
    "healthcare": (
        "healthcare|health care|hospital|clinic|clinical|nursing|patient care|icu|"
        "emergency department|nhs|medical|healthtech|ehr|emr|hipaa|telehealth|patients",
        "patient|nurse|physician|care|ward|medication|health|wellbeing|triage|surgical",
    ),
    "pharmaceuticals": (
        "pharmaceutical|pharma|biotech|biotechnology|clinical trials|drug discovery|gxp",
        "laboratory|regulatory affairs|fda|ema",
    ),
    "education": (
        "education|edtech|school|schools|classroom|curriculum|teaching|k-12|pupils|"
        "lesson plans|lesson planning|university|college|higher education|e-learning",
        "students|student|teacher|learners|learning|academic|tutoring|grades|literacy|"
        "numeracy|ofsted|parents",
    ),
    "retail": (
        "retail|retailer|store|stores|merchandising|point of sale|pos|shoppers|grocery|"
        "supermarket|fashion retail",
        "shop|customers|inventory|footfall|sales floor|omnichannel|consumer goods|cpg|fmcg",
    ),
    "e-commerce": (
        "e-commerce|ecommerce|online store|marketplace|online retail|shopify|checkout",
        "cart|conversion rate|orders|fulfilment|fulfillment|sellers",
    ),
    "saas": (
        "saas|software as a service|b2b software|subscription software",
        "arr|mrr|churn|platform|customers|enterprise software|crm",
    ),
    "logistics": (
        "logistics|supply chain|warehouse|warehousing|freight|shipping|last-mile|fleet|"
        "distribution centre|distribution center",
        "delivery|deliveries|procurement|inventory|transport|carriers|routing",
    ),
    "manufacturing": (
        "manufacturing|factory|production line|plant|lean manufacturing|assembly line",
        "quality control|six sigma|machining|oem|production",
    ),
    "energy": (
        "energy|oil and gas|renewables|renewable energy|utilities|solar|wind farm|power grid",
        "electricity|emissions|sustainability|grid",
    ),
    "telecommunications": (
        "telecommunications|telecom|telco|5g|mobile network|broadband|isp",
        "network operators|spectrum",
    ),
    "media": (
        "media|publishing|broadcasting|newsroom|streaming|entertainment|advertising|adtech|"
        "marketing agency",
        "content|editorial|audience|campaigns|brand",
    ),
    "gaming": ("gaming|video games|game studio|game development|esports", "players|unity|unreal"),
    "government": (
        "government|public sector|federal|ministry|council|civil service|govtech|local authority",
        "public services|policy|regulation|citizens",
    ),
    "nonprofit": (
        "nonprofit|non-profit|charity|ngo|foundation|fundraising",
        "donors|volunteers|grants",
    ),
    "hospitality": (
        "hospitality|hotel|hotels|restaurant|restaurants|tourism|travel|airline|airlines",
        "guests|bookings|reservations|food and beverage",
    ),
    "real estate": (
        "real estate|property management|proptech|mortgage|mortgages|estate agency",
        "tenants|landlords|properties|leasing",
    ),
    "automotive": (
        "automotive|vehicles|electric vehicles|car manufacturer|dealership",
        "cars|mobility",
    ),
    "cybersecurity": (
        "cybersecurity|cyber security|information security|security operations|soc|"
        "penetration testing|threat intelligence",
        "vulnerabilities|incident response|siem",
    ),
    "legal": (
        "law firm|legal services|legaltech|litigation",
        "contracts|compliance|counsel|attorneys",
    ),
}
_MIN_SCORE = 3


_TOKEN = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")
_LONGEST_TERM = 4


@cache
def _weights() -> dict[str, list[tuple[str, int]]]:
    weights: dict[str, list[tuple[str, int]]] = {}
    for domain, (strong, weak) in _DOMAINS.items():
        for term in strong.split("|"):
            weights.setdefault(term, []).append((domain, 2))
        for term in weak.split("|"):
            weights.setdefault(term, []).append((domain, 1))
    return weights


def score_domains(text: str) -> Counter[str]:
    """How strongly ``text`` points to each domain (two points a naming term, one a hint)."""
    weights = _weights()
    tokens = _TOKEN.findall(text.lower())
    scores: Counter[str] = Counter()
    for index in range(len(tokens)):
        for size in range(1, _LONGEST_TERM + 1):
            term = " ".join(tokens[index : index + size])
            for domain, weight in weights.get(term, ()):
                scores[domain] += weight
    return scores


def find_domains(text: str, limit: int = 3) -> tuple[str, ...]:
    """The domains ``text`` clearly belongs to, strongest first."""
    ranked = sorted(score_domains(text).items(), key=lambda item: (-item[1], item[0]))
    return tuple(domain for domain, score in ranked[:limit] if score >= _MIN_SCORE)


def main_domain(text: str) -> str | None:
    found = find_domains(text, limit=1)
    return found[0] if found else None
