# Golden values for tst_raking, computed with R's survey package from the
# respondents of ../figures/respondents.csv. Deterministic: rerun with
# `Rscript golden.R` in this folder; it rewrites margins.csv (the population
# margins), margins-bad-*.csv are hand-written. Outputs:
#   weights.csv   id;from_file;from_one;trimmed  raked weights (three rakings)
#   golden.csv    design;group;code;statistic;value  scores, shares, rankings, trend and
#                 their SEs on the raked designs
#   respondents2021.csv  a second wave for the trend
suppressPackageStartupMessages(library(survey))
options(digits = 17)

d <- read.table("../figures/respondents.csv", sep = ";", header = TRUE, na.strings = "",
                stringsAsFactors = FALSE, colClasses = c(id = "character", bailleur = "character"))
d$qpv <- as.character(d$qpv)

pop_bailleur <- data.frame(bailleur = c("A", "B", "C", "D", "E"),
                           Freq = c(12000, 9500, 8000, 6500, 1000))
pop_qpv <- data.frame(qpv = c("1", "0"), Freq = c(11500, 25500))
pop_type <- data.frame(type_habitat = c("collectif", "individuel", "intermediaire"),
                       Freq = c(23000, 11000, 3000))
margins <- rbind(data.frame(variable = "bailleur", value = pop_bailleur$bailleur, count = pop_bailleur$Freq),
                 data.frame(variable = "qpv", value = pop_qpv$qpv, count = pop_qpv$Freq),
                 data.frame(variable = "type_habitat", value = pop_type$type_habitat, count = pop_type$Freq))
write.table(margins, "margins.csv", sep = ";", quote = FALSE, row.names = FALSE)

control <- list(maxit = 100, epsilon = 1e-10)
sample_margins <- list(~bailleur, ~qpv, ~type_habitat)
population_margins <- list(pop_bailleur, pop_qpv, pop_type)

from_file <- rake(svydesign(ids = ~1, weights = ~poids, data = d),
                  sample_margins, population_margins, control = control)
d1 <- d; d1$one <- 1
from_one <- rake(svydesign(ids = ~1, weights = ~one, data = d1),
                 sample_margins, population_margins, control = control)
trimmed <- trimWeights(from_file, lower = 5, upper = 40)
# Strata (the landlord, survey-files.md section 5), raked the same way.
stratified <- rake(svydesign(ids = ~1, strata = ~bailleur, weights = ~poids, data = d),
                   sample_margins, population_margins, control = control)

fmt <- function(x) sprintf("%.17g", x)
write.table(data.frame(id = d$id, from_file = fmt(weights(from_file)), from_one = fmt(weights(from_one)),
                       trimmed = fmt(weights(trimmed)), stratified = fmt(weights(stratified))),
            "weights.csv", sep = ";", quote = FALSE, row.names = FALSE)

points <- c(10, 7, 3, 0)
rows <- list()
emit <- function(design, group, code, statistic, value)
  rows[[length(rows) + 1]] <<- data.frame(design = design, group = group, code = code,
                                          statistic = statistic, value = fmt(value))
groups <- list(ensemble = rep(TRUE, nrow(d)), qpv = d$qpv == "1", hors_qpv = d$qpv == "0",
               A = d$bailleur == "A", E = d$bailleur == "E",
               "type_habitat=individuel" = d$type_habitat == "individuel",
               # a group of several values (as the group of small values is)
               "type_habitat=individuel|intermediaire" = d$type_habitat %in% c("individuel", "intermediaire"))
figures <- function(name, design) {
  for (code in c("Q01", "Q02", "Q03", "Q04", "Q05", "Q06")) {
    design$variables$x <- points[design$variables[[code]]]
    for (g in names(groups)) {
      design$variables$g <- groups[[g]]
      m <- svymean(~x, subset(design, !is.na(x) & g), na.rm = TRUE)
      emit(name, g, code, "score", coef(m))
      emit(name, g, code, "se", SE(m))
    }
  }
}
figures("from_file", from_file)
figures("from_one", from_one)
figures("stratified", stratified)
# Trimmed: trimWeights() changes the weights and keeps rake()'s postStrata,
# so the residuals centre on the untrimmed weights of each margin.
figures("trimmed", trimmed)

# Shares of a yes/no and a single-choice question on the raked designs:
# svymean(~factor(answer), subset(raked, !is.na(answer) & group)), as
# proportions, statistic share_LEVEL and share_se_LEVEL.
share_groups <- c(groups, list("rest:A" = d$bailleur != "A", "rest:E" = d$bailleur != "E"))
shares <- function(name, design, data_groups = share_groups) {
  for (code in c("Q07", "Q08")) {
    k <- c(Q07 = 2, Q08 = 4)[[code]]
    design$variables$answer <- factor(design$variables[[code]], levels = 1:k)
    for (g in names(data_groups)) {
      design$variables$g <- data_groups[[g]]
      m <- svymean(~answer, subset(design, !is.na(answer) & g), na.rm = TRUE)
      for (level in 1:k) {
        emit(name, g, code, paste0("share_", level), coef(m)[[level]])
        emit(name, g, code, paste0("share_se_", level), SE(m)[[level]])
      }
    }
  }
}
shares("from_file", from_file)
shares("stratified", stratified)
shares("trimmed", trimmed)

# Rankings: each landlord against the rest of the wave (or of QPV / hors
# QPV), both domains of the raked design, as the landlord golden does for
# the file's weights: significant when |m1 - m2| > qnorm(0.975) sqrt(se1^2 +
# se2^2) with 30 valid answers or more on each side (statistic rank_sig,
# empty when not tested; the landlord's and the rest's score and se too).
z <- qnorm(0.975)
rankings <- function(name, design) {
  for (code in c("Q01", "Q02", "Q03", "Q04", "Q05", "Q06")) {
    design$variables$x <- points[design$variables[[code]]]
    for (filter in c("all", "qpv", "hors_qpv")) {
      keep <- switch(filter, all = rep(TRUE, nrow(d)), qpv = d$qpv == "1", hors_qpv = d$qpv == "0")
      for (l in c("A", "B", "C", "D", "E")) {
        design$variables$own <- keep & d$bailleur == l
        design$variables$rest <- keep & d$bailleur != l
        m1 <- svymean(~x, subset(design, !is.na(x) & own), na.rm = TRUE)
        m2 <- svymean(~x, subset(design, !is.na(x) & rest), na.rm = TRUE)
        n1 <- sum(!is.na(design$variables$x) & design$variables$own)
        n2 <- sum(!is.na(design$variables$x) & design$variables$rest)
        group <- paste0("rank:", filter, ":", l)
        emit(name, group, code, "score", coef(m1))
        emit(name, group, code, "se", SE(m1))
        emit(name, group, code, "rest_score", coef(m2))
        emit(name, group, code, "rest_se", SE(m2))
        if (n1 >= 30 && n2 >= 30)
          emit(name, group, code, "rank_sig", as.integer(abs(coef(m1) - coef(m2)) > z * sqrt(SE(m1)^2 + SE(m2)^2)))
      }
    }
  }
}
rankings("from_file", from_file)
rankings("stratified", stratified)

# A second wave for the trend: 1,500 respondents drawn from the first with
# Q02 a little better, raked to the same margins (respondents2021.csv). Each
# wave's score and se on its own raked design (design wave2021), and the
# test between the waves, significant when |m1 - m2| > qnorm(0.975)
# sqrt(se1^2 + se2^2) (statistic trend_sig, design trend).
set.seed(20261130)
d2 <- d[sample(nrow(d), 1500, replace = TRUE), ]
d2$id <- sprintf("T%04d", seq_len(nrow(d2)))
d2$annee <- 2021L
better <- !is.na(d2$Q02) & d2$Q02 > 1 & runif(nrow(d2)) < 0.3
d2$Q02[better] <- d2$Q02[better] - 1L
out2 <- d2
out2$qpv <- as.integer(out2$qpv)
write.table(out2, "respondents2021.csv", sep = ";", quote = FALSE, row.names = FALSE, na = "",
            fileEncoding = "UTF-8")
wave2021 <- rake(svydesign(ids = ~1, weights = ~poids, data = d2),
                 sample_margins, population_margins, control = control)
trend_groups <- list(ensemble = rep(TRUE, nrow(d2)), qpv = d2$qpv == "1", hors_qpv = d2$qpv == "0")
for (code in c("Q01", "Q02", "Q03", "Q04", "Q05", "Q06")) {
  for (g in names(trend_groups)) {
    from_file$variables$x <- points[from_file$variables[[code]]]
    from_file$variables$g <- groups[[g]]
    m1 <- svymean(~x, subset(from_file, !is.na(x) & g), na.rm = TRUE)
    wave2021$variables$x <- points[wave2021$variables[[code]]]
    wave2021$variables$g <- trend_groups[[g]]
    m2 <- svymean(~x, subset(wave2021, !is.na(x) & g), na.rm = TRUE)
    emit("wave2021", g, code, "score", coef(m2))
    emit("wave2021", g, code, "se", SE(m2))
    emit("trend", g, code, "trend_sig", as.integer(abs(coef(m1) - coef(m2)) > z * sqrt(SE(m1)^2 + SE(m2)^2)))
  }
}
shares("wave2021", wave2021, list(ensemble = rep(TRUE, nrow(d2))))
write.table(do.call(rbind, rows), "golden.csv", sep = ";", quote = FALSE, row.names = FALSE)
