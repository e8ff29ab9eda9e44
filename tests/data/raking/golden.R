# Golden values for tst_raking, computed with R's survey package from the
# respondents of ../figures/respondents.csv. Deterministic: rerun with
# `Rscript golden.R` in this folder; it rewrites margins.csv (the population
# margins), margins-bad-*.csv are hand-written. Outputs:
#   weights.csv   id;from_file;from_one;trimmed  raked weights (three rakings)
#   golden.csv    design;group;code;statistic;value  scores and SEs on the raked designs
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
               "type_habitat=individuel" = d$type_habitat == "individuel")
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
write.table(do.call(rbind, rows), "golden.csv", sep = ";", quote = FALSE, row.names = FALSE)
