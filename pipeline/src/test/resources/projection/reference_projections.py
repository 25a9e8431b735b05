#!/usr/bin/env python3
"""Reference values for ProjectionReferenceTest, computed independently of the Java code.

Written from the rules in the projection issue (not from the Java source) with numpy and scipy:
the trend by numpy.linalg.lstsq on a sqrt(w)-scaled design (the Java side uses a closed form),
prediction variance from the coefficient covariance s2 * inv(X'WX) (the Java side uses
s * sqrt(1/w0 + 1/sum(w) + (x0 - xbar)^2 / Sxx)), t quantiles and probabilities from scipy.stats.t.

Rules restated:
- rates (percent) are fitted on the logit of p = value/100 clamped to [0.001, 0.999]; counts as is;
  the rate target goes through the same clamp; x is the school year (gaps allowed);
- recency weights w = (year - first + 1) / (last - first + 1); a new year has weight 1;
- 80/95 % prediction intervals from t with n - 2 degrees of freedom on the fitted scale,
  back-transformed; probability of meeting the target from the same predictive t; for "=" the band
  is +-0.5 percentage point (rates) or +-0.5 % of the target (counts);
- slope on the fitted scale, and in original units at the last observed year (derivative of the
  back-transformed trend there);
- growth ratio: CAGR required from baseline to target, CAGR actual from baseline to current,
  ratio = actual / required; ceiling-aware (shortfall 100 - value) for higher-is-better rates with a
  target >= 90 %; categories on track >= 0.95 > acceleration needed >= 0.5 > limited progress
  >= -0.1 > deterioration.

Run from this folder:  python3 reference_projections.py  (writes reference_projections.csv)
"""

import csv
import math

import numpy as np
from scipy import stats

CLAMP = 0.001
CEILING_THRESHOLD = 90.0

# id, kind, direction, comparator, target, target year, recency weighted, {year: value}
CASES = [
    ("rate_rising_logit", "RATE", "HIGHER_IS_BETTER", ">=", 80.0, 2030, False,
     dict(zip(range(2015, 2025), [40.2, 43.5, 45.1, 49.8, 52.0, 55.3, 57.9, 59.4, 62.8, 64.1]))),
    ("rate_rising_logit_weighted", "RATE", "HIGHER_IS_BETTER", ">=", 80.0, 2030, True,
     dict(zip(range(2015, 2025), [40.2, 43.5, 45.1, 49.8, 52.0, 55.3, 57.9, 59.4, 62.8, 64.1]))),
    ("rate_near_ceiling_gaps", "RATE", "HIGHER_IS_BETTER", ">=", 98.0, 2030, False,
     {2015: 88.4, 2016: 89.9, 2018: 91.0, 2021: 93.2, 2023: 93.9, 2024: 94.8}),
    ("rate_near_ceiling_gaps_weighted", "RATE", "HIGHER_IS_BETTER", ">=", 98.0, 2030, True,
     {2015: 88.4, 2016: 89.9, 2018: 91.0, 2021: 93.2, 2023: 93.9, 2024: 94.8}),
    ("count_rising", "COUNT", "HIGHER_IS_BETTER", ">=", 180.0, 2030, False,
     dict(zip(range(2016, 2025), [110, 114, 119, 121, 127, 130, 134, 139, 141]))),
    ("count_falling_gaps_weighted", "COUNT", "LOWER_IS_BETTER", "<=", 100.0, 2030, True,
     {2015: 420, 2017: 380, 2018: 371, 2020: 330, 2022: 300, 2024: 262}),
    ("rate_falling_lower_is_better", "RATE", "LOWER_IS_BETTER", "<", 1.0, 2030, False,
     dict(zip(range(2015, 2025), [3.2, 3.0, 2.9, 3.1, 2.7, 2.5, 2.6, 2.3, 2.2, 2.0]))),
    ("rate_regressing_weighted", "RATE", "HIGHER_IS_BETTER", ">=", 85.0, 2030, True,
     dict(zip(range(2017, 2024), [75.0, 74.1, 73.5, 72.0, 71.2, 70.8, 69.0]))),
    ("count_equal_target", "COUNT", "HIGHER_IS_BETTER", "=", 200.0, 2030, False,
     dict(zip(range(2020, 2025), [150, 160, 172, 181, 188]))),
    ("count_above_noisy", "COUNT", "HIGHER_IS_BETTER", ">", 500.0, 2028, False,
     dict(zip(range(2018, 2025), [430, 452, 441, 470, 466, 489, 480]))),
]


def to_fitted(kind, value):
    if kind == "COUNT":
        return value
    p = min(max(value / 100.0, CLAMP), 1.0 - CLAMP)
    return math.log(p / (1.0 - p))


def from_fitted(kind, z):
    return z if kind == "COUNT" else 100.0 / (1.0 + math.exp(-z))


def tolerance(kind, target):
    return 0.5 if kind == "RATE" else 0.005 * abs(target)


def meets(comparator, value, target, tol):
    return {">=": value >= target, ">": value > target, "=": abs(value - target) <= tol,
            "<=": value <= target, "<": value < target}[comparator]


def toward(target, last, direction):
    gap = target - last
    if gap != 0:
        return 1 if gap > 0 else -1
    return 1 if direction == "HIGHER_IS_BETTER" else -1


def regression(kind, direction, comparator, target, target_year, weighted, series):
    years = np.array(sorted(series), dtype=float)
    values = [series[int(y)] for y in years]
    z = np.array([to_fitted(kind, v) for v in values])
    n = len(years)
    first, last = years[0], years[-1]
    w = (years - first + 1.0) / (last - first + 1.0) if weighted else np.ones(n)
    X = np.column_stack([np.ones(n), years])
    root = np.sqrt(w)
    beta = np.linalg.lstsq(X * root[:, None], z * root, rcond=None)[0]
    resid = z - X.dot(beta)
    dof = n - 2
    s2 = float(np.sum(w * resid ** 2)) / dof
    zbar = float(np.sum(w * z) / np.sum(w))
    r2 = 1.0 - float(np.sum(w * resid ** 2)) / float(np.sum(w * (z - zbar) ** 2))
    cov = s2 * np.linalg.inv(X.T.dot(np.diag(w)).dot(X))
    x0 = np.array([1.0, float(target_year)])
    z0 = float(x0.dot(beta))
    se = math.sqrt(s2 / 1.0 + float(x0.dot(cov).dot(x0)))
    t = stats.t(dof)

    def interval(level):
        half = float(t.ppf(0.5 + level / 2)) * se
        return from_fitted(kind, z0 - half), from_fitted(kind, z0 + half)

    tz = to_fitted(kind, target)
    if comparator in (">=", ">"):
        probability = t.sf((tz - z0) / se)
        projected_meets = z0 >= tz if comparator == ">=" else z0 > tz
    elif comparator in ("<=", "<"):
        probability = t.cdf((tz - z0) / se)
        projected_meets = z0 <= tz if comparator == "<=" else z0 < tz
    else:
        tol = tolerance(kind, target)
        lo, hi = target - tol, target + tol
        lo_z = -math.inf if (kind == "RATE" and lo <= 0) else to_fitted(kind, lo)
        hi_z = math.inf if (kind == "RATE" and hi >= 100) else to_fitted(kind, hi)
        probability = t.cdf((hi_z - z0) / se) - t.cdf((lo_z - z0) / se)
        projected_meets = lo_z <= z0 <= hi_z

    slope = float(beta[1])
    if kind == "RATE":
        p_last = 1.0 / (1.0 + math.exp(-float(X[-1].dot(beta))))
        slope_original = 100.0 * p_last * (1.0 - p_last) * slope
    else:
        slope_original = slope

    last_value = values[-1]
    away = slope * toward(target, last_value, direction) < 0
    if meets(comparator, last_value, target, tolerance(kind, target)):
        status = "ACHIEVED"
    elif target_year <= last:
        status = "REGRESSING" if away else "NEEDS_ACCELERATION"
    elif projected_meets:
        status = "ON_TRACK"
    elif away:
        status = "REGRESSING"
    else:
        status = "NEEDS_ACCELERATION"

    lo80, hi80 = interval(0.80)
    lo95, hi95 = interval(0.95)
    return dict(reg_status=status, projected=from_fitted(kind, z0), lower80=lo80, upper80=hi80,
                lower95=lo95, upper95=hi95, probability=float(probability), slope=slope,
                slope_original=slope_original, r_squared=r2, residual_se=math.sqrt(s2))


def category(ratio):
    if ratio >= 0.95:
        return "ON_TRACK"
    if ratio >= 0.5:
        return "ACCELERATION_NEEDED"
    if ratio >= -0.1:
        return "LIMITED_PROGRESS"
    return "DETERIORATION"


CATEGORY_STATUS = {"ON_TRACK": "ON_TRACK", "ACCELERATION_NEEDED": "NEEDS_ACCELERATION",
                   "LIMITED_PROGRESS": "NEEDS_ACCELERATION", "DETERIORATION": "REGRESSING"}


def growth_ratio(kind, direction, comparator, target, target_year, series):
    years = sorted(series)
    tb, tc = years[0], years[-1]
    b, c = float(series[tb]), float(series[tc])
    ceiling = kind == "RATE" and direction == "HIGHER_IS_BETTER" and target >= CEILING_THRESHOLD
    if ceiling:
        qb, qc, qt = 100.0 - b, 100.0 - c, 100.0 - target
    else:
        qb, qc, qt = b, c, target
    # These cases keep away from the degenerate branches (zero baseline, met baseline), which the
    # Java tests cover one by one.
    assert qb != 0 and qt != 0 and not meets(comparator, b, target, tolerance(kind, target))
    required = (qt / qb) ** (1.0 / (target_year - tb)) - 1.0
    actual = (qc / qb) ** (1.0 / (tc - tb)) - 1.0
    ratio = actual / required
    anticipated_q = qc * (1.0 + actual) ** (target_year - tc)
    anticipated = 100.0 - anticipated_q if ceiling else anticipated_q
    cat = category(ratio)
    status = "ACHIEVED" if meets(comparator, c, target, tolerance(kind, target)) else CATEGORY_STATUS[cat]
    return dict(gr_status=status, gr_category=cat, gr_variant="CEILING" if ceiling else "PLAIN",
                required=required, actual=actual, ratio=ratio, anticipated=anticipated)


def main():
    rows = []
    for case_id, kind, direction, comparator, target, target_year, weighted, series in CASES:
        row = dict(case=case_id, kind=kind, direction=direction, comparator=comparator, target=repr(target),
                   target_year=target_year, weighted=str(weighted).lower(),
                   years=" ".join(str(y) for y in sorted(series)),
                   values=" ".join(repr(float(series[y])) for y in sorted(series)))
        for key, value in regression(kind, direction, comparator, target, target_year, weighted, series).items():
            row[key] = repr(value) if isinstance(value, float) else value
        for key, value in growth_ratio(kind, direction, comparator, target, target_year, series).items():
            row[key] = repr(value) if isinstance(value, float) else value
        rows.append(row)
    with open("reference_projections.csv", "w", newline="", encoding="utf-8") as out:
        out.write("# Generated by reference_projections.py (numpy %s, scipy %s); do not edit by hand.\n"
                  % (np.__version__, __import__("scipy").__version__))
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


if __name__ == "__main__":
    main()
