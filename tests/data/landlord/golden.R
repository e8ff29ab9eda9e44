# Golden figures for tst_landlordbenchmark: each landlord against the rest of
# its region (survey-files.md section 4), computed independently with R's
# survey package on ../figures/respondents.csv (made by ../figures/golden.R).
# Deterministic: rerun with `Rscript golden.R` in this folder.
#
# For one question the design is built on every respondent of the wave with a
# valid answer; the landlord and the rest of the region are domains of that
# design (svymean on subset()), so each se keeps the whole design's N in
# N/(N-1). The difference is significant at 95% when
# |m1 - m2| > qnorm(0.975) * sqrt(se1^2 + se2^2), and not tested when either
# group has fewer than 30 valid answers. Each comparison is computed twice:
# without strata, and with the landlord as stratum (svydesign(strata =
# ~bailleur), survey-files.md section 5).
suppressPackageStartupMessages(library(survey))
options(digits = 17)

d <- read.csv("../figures/respondents.csv", sep = ";", stringsAsFactors = FALSE)
codes <- c("Q01", "Q02", "Q03", "Q04", "Q05", "Q06")
points <- c(10, 7, 3, 0)
fmt <- function(x) sprintf("%.17g", x)
z <- qnorm(0.975)
out <- list()
for (strata in c("none", "bailleur")) for (qpv_filter in c("all", "qpv", "hors_qpv")) {
  for (code in codes) {
    v <- d[!is.na(d[[code]]), ]
    v$x <- points[v[[code]]]
    des <- if (strata == "none") svydesign(ids = ~1, weights = ~poids, data = v)
           else svydesign(ids = ~1, strata = ~bailleur, weights = ~poids, data = v)
    keep <- switch(qpv_filter, all = rep(TRUE, nrow(v)), qpv = v$qpv == 1, hors_qpv = v$qpv == 0)
    for (l in sort(unique(d$bailleur))) {
      own <- keep & v$bailleur == l
      rest <- keep & v$bailleur != l
      m1 <- svymean(~x, subset(des, own))
      m2 <- svymean(~x, subset(des, rest))
      mr <- svymean(~x, subset(des, keep))
      n1 <- sum(own)
      n2 <- sum(rest)
      tested <- n1 >= 30 && n2 >= 30
      sig <- if (tested) as.integer(abs(coef(m1) - coef(m2)) > z * sqrt(SE(m1)^2 + SE(m2)^2)) else NA
      out[[length(out) + 1]] <- data.frame(
        strata = strata, qpv = qpv_filter, landlord = l, code = code,
        n = n1, score = fmt(coef(m1)), se = fmt(SE(m1)),
        rest_n = n2, rest_score = fmt(coef(m2)), rest_se = fmt(SE(m2)),
        region_score = fmt(coef(mr)), region_se = fmt(SE(mr)),
        significant = ifelse(is.na(sig), "", as.character(sig)))
    }
  }
}
write.table(do.call(rbind, out), "golden.csv", sep = ";", quote = FALSE, row.names = FALSE)
