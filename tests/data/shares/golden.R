# Golden shares for tst_shares, computed independently with R's survey
# package: survey-files.md section 4, shares of a yes/no, a single-choice and
# a satisfaction question as domain estimates,
#   svymean(~factor(answer), subset(design, group))
# where the design is built on the respondents who answered the question,
# without strata and with the landlord as stratum. Deterministic: rerun with
# `Rscript golden.R` in this folder; it rewrites respondents.csv (the input)
# and golden.csv (the expected values).
suppressPackageStartupMessages(library(survey))
options(digits = 17)
set.seed(20261129)

## 1. Respondents ----------------------------------------------------------
n <- 1500
landlords <- c("A", "B", "C", "D", "E")
# E is tiny: some of its groups have fewer than 30 valid answers.
bailleur <- sample(landlords, n, replace = TRUE, prob = c(0.33, 0.27, 0.22, 0.15, 0.03))
qpv <- rbinom(n, 1, ifelse(bailleur %in% c("A", "C"), 0.45, 0.25))
poids <- round(runif(n, 0.3, 3), 4)
type_habitat <- sample(c("collectif", "individuel", "intermediaire"), n, replace = TRUE,
                       prob = c(0.6, 0.3, 0.1))
latent <- rnorm(n) - 0.3 * qpv
with_missing <- function(x, p) { x[runif(n) < p] <- NA; x }
sat <- as.integer(cut(0.7 * latent + 0.7 * rnorm(n), c(-Inf, -1.2, -0.2, 0.9, Inf), labels = FALSE))
Q01 <- with_missing(5L - sat, 0.08)                                               # satisfaction
Q07 <- with_missing(ifelse(runif(n) < plogis(0.4 + latent), 1L, 2L), 0.06)         # yes/no
Q08 <- with_missing(sapply(seq_len(n), function(i)
  sample(1:4, 1, prob = if (qpv[i] == 1) c(0.52, 0.33, 0.12, 0.03) else c(0.40, 0.40, 0.17, 0.03))),
  ifelse(bailleur == "E", 0.5, 0.05))                                               # single

d <- data.frame(id = sprintf("S%04d", seq_len(n)), annee = 2020L, bailleur = bailleur,
                qpv = qpv, poids = poids, type_habitat = type_habitat,
                Q01 = Q01, Q07 = Q07, Q08 = Q08, stringsAsFactors = FALSE)
write.table(d, "respondents.csv", sep = ";", quote = FALSE, row.names = FALSE, na = "",
            fileEncoding = "UTF-8")

## 2. Golden shares ----------------------------------------------------------
fmt <- function(x) sprintf("%.17g", x)
rows <- list()
emit <- function(design, group, code, statistic, value)
  rows[[length(rows) + 1]] <<- data.frame(design = design, group = group, code = code,
                                          statistic = statistic, value = fmt(value))
options_of <- c(Q01 = 4, Q07 = 2, Q08 = 4)

# groups: name -> logical vector over all respondents
groups <- list(ensemble = rep(TRUE, n), qpv = d$qpv == 1, hors_qpv = d$qpv == 0)
for (l in landlords) {
  groups[[paste0("landlord:", l)]] <- d$bailleur == l
  groups[[paste0("rest:", l)]] <- d$bailleur != l
}
for (s in sort(unique(d$type_habitat)))
  groups[[paste0("segment:type_habitat=", s)]] <- d$type_habitat == s

for (design in c("simple", "strata")) {
  for (code in names(options_of)) {
    k <- options_of[[code]]
    v <- d[!is.na(d[[code]]), ]
    v$answer <- factor(v[[code]], levels = 1:k)
    des <- if (design == "simple") svydesign(ids = ~1, weights = ~poids, data = v)
           else svydesign(ids = ~1, strata = ~bailleur, weights = ~poids, data = v)
    for (g in names(groups)) {
      inside <- groups[[g]][!is.na(d[[code]])]
      emit(design, g, code, "n", sum(inside))
      emit(design, g, code, "N", nrow(v))
      if (sum(inside) < 2) next
      s <- svymean(~answer, subset(des, inside))
      w <- v$poids[inside]
      emit(design, g, code, "n_eff", sum(w)^2 / sum(w^2))
      for (a in 1:k) {
        emit(design, g, code, paste0("share_", a), 100 * coef(s)[a])
        emit(design, g, code, paste0("se_", a), 100 * SE(s)[a])
      }
    }
  }
}

golden <- do.call(rbind, rows)
write.table(golden, "golden.csv", sep = ";", quote = FALSE, row.names = FALSE)
cat("wrote", nrow(d), "respondents and", nrow(golden), "golden values\n")
