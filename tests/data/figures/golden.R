# Golden figures for tst_figures, computed independently with R's survey
# package. Deterministic: rerun with `Rscript golden.R` in this folder; it
# rewrites respondents.csv (the input) and golden.csv (the expected values).
suppressPackageStartupMessages(library(survey))
options(digits = 17)
set.seed(20240611)

## 1. Respondents ----------------------------------------------------------
n <- 2000
landlords <- c("A", "B", "C", "D", "E")
# E is tiny so that some of its groups have fewer than 30 valid answers.
bailleur <- sample(landlords, n, replace = TRUE, prob = c(0.31, 0.27, 0.23, 0.17, 0.02))
qpv <- rbinom(n, 1, ifelse(bailleur %in% c("A", "C"), 0.45, 0.25))
poids <- round(runif(n, 0.3, 3), 4)
type_habitat <- sample(c("collectif", "individuel", "intermediaire"), n, replace = TRUE,
                       prob = c(0.6, 0.3, 0.1))

effect <- c(A = 0.2, B = -0.1, C = 0.0, D = 0.4, E = -0.3)
latent <- rnorm(n) + effect[bailleur] - 0.35 * qpv

# Satisfaction code 1..4 (1 = tout a fait satisfait) from a latent score.
satisfaction <- function(loading, shift) {
  y <- loading * latent + sqrt(1 - loading^2) * rnorm(n) + shift
  as.integer(cut(y, c(-Inf, -1.2, -0.2, 0.9, Inf), labels = FALSE))
}
with_missing <- function(x, p) { x[runif(n) < p] <- NA; x }

q <- data.frame(
  Q01 = with_missing(5L - satisfaction(0.90, 0.3), 0.10),  # global
  Q02 = with_missing(5L - satisfaction(0.75, 0.0), 0.10),
  Q03 = with_missing(5L - satisfaction(0.55, 0.5), 0.10),
  Q04 = with_missing(5L - satisfaction(0.35, -0.4), 0.10),
  Q05 = with_missing(5L - satisfaction(0.65, 0.2), ifelse(bailleur == "E", 0.7, 0.10)),
  Q06 = with_missing(5L - satisfaction(0.20, 0.8), 0.10))
q$Q07 <- with_missing(ifelse(runif(n) < plogis(0.5 + latent), 1L, 2L), 0.08)      # yes/no
q$Q08 <- with_missing(sample(1:4, n, replace = TRUE, prob = c(0.4, 0.3, 0.2, 0.1)), 0.05) # single

d <- data.frame(id = sprintf("R%04d", seq_len(n)), annee = 2020L, bailleur = bailleur,
                qpv = qpv, poids = poids, type_habitat = type_habitat, q,
                stringsAsFactors = FALSE)
write.table(d, "respondents.csv", sep = ";", quote = FALSE, row.names = FALSE, na = "",
            fileEncoding = "UTF-8")

## 2. Golden figures ---------------------------------------------------------
satisfaction_codes <- c("Q01", "Q02", "Q03", "Q04", "Q05", "Q06")
points <- c(10, 7, 3, 0)
fmt <- function(x) sprintf("%.17g", x)
rows <- list()
emit <- function(group, code, statistic, value)
  rows[[length(rows) + 1]] <<- data.frame(group = group, code = code, statistic = statistic,
                                          value = fmt(value))

# Each question's design is built on the wave's valid answers to it; a group
# is a domain of that design: svymean(~x, subset(design, group)), whose se
# keeps the whole design's N (survey-files.md section 4). `strata`: a column
# of d holding the strata, or NULL for the unstratified design.
band <- function(score) {
  tenths <- floor(score * 10 + 0.5 + 1e-9)
  if (tenths < 60) 0 else if (tenths < 70) 1 else 2
}
design_of <- function(v, strata, weights = v$poids) {
  v$w <- weights
  if (is.null(strata)) svydesign(ids = ~1, weights = ~w, data = v)
  else svydesign(ids = ~1, strata = as.formula(paste0("~", strata)), weights = ~w, data = v)
}
score_rows <- function(group, mask, strata = NULL, scale = 1, full = TRUE) {
  sub <- d[mask, ]
  for (code in satisfaction_codes) {
    valid <- !is.na(d[[code]])
    v <- d[valid, ]
    in_group <- mask[valid]
    emit(group, code, "n", sum(in_group))
    if (sum(in_group) < 2) next
    v$x <- points[v[[code]]]
    v$satisfied <- as.numeric(v[[code]] <= 2)
    v$answer <- factor(v[[code]], levels = 1:4)
    des <- subset(design_of(v, strata, v$poids * scale), in_group)
    m <- svymean(~x, des)
    p <- svymean(~satisfied, des)
    g <- v[in_group, ]
    emit(group, code, "score", coef(m))
    emit(group, code, "se", SE(m))
    emit(group, code, "pct_satisfied", 100 * coef(p))
    emit(group, code, "n_eff", sum(g$poids)^2 / sum(g$poids^2))
    emit(group, code, "band", if (nrow(g) < 30) 3 else band(coef(m)))
    # Distribution over the four answers (weighted shares, as proportions).
    dist <- svymean(~answer, des)
    for (a in 1:4) {
      emit(group, code, paste0("share_", a), coef(dist)[a])
      emit(group, code, paste0("share_se_", a), SE(dist)[a])
    }
  }
  for (code in c("Q07", "Q08")) {
    valid <- !is.na(d[[code]])
    v <- d[valid, ]
    in_group <- mask[valid]
    emit(group, code, "n", sum(in_group))
    if (sum(in_group) < 2) next
    k <- if (code == "Q07") 2 else 4
    v$answer <- factor(v[[code]], levels = 1:k)
    s <- svymean(~answer, subset(design_of(v, strata, v$poids * scale), in_group))
    for (a in 1:k) {
      emit(group, code, paste0("share_", a), coef(s)[a])
      emit(group, code, paste0("share_se_", a), SE(s)[a])
    }
    g <- v[in_group, ]
    emit(group, code, "n_eff", sum(g$poids)^2 / sum(g$poids^2))
  }
  if (!full) return(invisible())
  # Importance: weighted Pearson correlation with the global question over
  # the respondents answering both.
  for (code in setdiff(satisfaction_codes, "Q01")) {
    v <- sub[!is.na(sub[[code]]) & !is.na(sub$Q01), ]
    emit(group, code, "n_pairs", nrow(v))
    if (nrow(v) < 3) next
    r <- cov.wt(cbind(points[v[[code]]], points[v$Q01]), wt = v$poids, cor = TRUE)$cor[1, 2]
    emit(group, code, "importance", r)
  }
}

# Every group, without strata (prefix ""), stratified by landlord
# ("strata_bailleur/") and by a segment column ("strata_habitat/").
group_rows <- function(prefix, strata, full) {
  score_rows(paste0(prefix, "ensemble"), rep(TRUE, n), strata, full = full)
  score_rows(paste0(prefix, "qpv"), d$qpv == 1, strata, full = full)
  score_rows(paste0(prefix, "hors_qpv"), d$qpv == 0, strata, full = full)
  for (l in landlords) {
    score_rows(paste0(prefix, "landlord:", l), d$bailleur == l, strata, full = full)
    score_rows(paste0(prefix, "rest:", l), d$bailleur != l, strata, full = full)
    score_rows(paste0(prefix, "landlord_qpv:", l), d$bailleur == l & d$qpv == 1, strata, full = full)
    score_rows(paste0(prefix, "landlord_hors_qpv:", l), d$bailleur == l & d$qpv == 0, strata, full = full)
  }
  for (s in sort(unique(d$type_habitat))) {
    score_rows(paste0(prefix, "segment:type_habitat=", s), d$type_habitat == s, strata, full = full)
    score_rows(paste0(prefix, "segment_landlord:A:type_habitat=", s),
               d$type_habitat == s & d$bailleur == "A", strata, full = full)
  }
}
group_rows("", NULL, TRUE)
group_rows("strata_bailleur/", "bailleur", FALSE)
group_rows("strata_habitat/", "type_habitat", FALSE)
# Weights scaled by 1e200 and 1e-200: R's figures do not move, nor may ours.
score_rows("scaled_up/landlord:B", d$bailleur == "B", NULL, scale = 1e200, full = FALSE)
score_rows("scaled_down/landlord:B", d$bailleur == "B", NULL, scale = 1e-200, full = FALSE)
score_rows("scaled_up/strata_bailleur/qpv", d$qpv == 1, "bailleur", scale = 1e200, full = FALSE)

# Peer quartiles (R's default quantile type 7) of the landlords' scores,
# sufficient landlords only (30 valid answers or more).
for (code in satisfaction_codes) {
  scores <- c()
  for (l in landlords) {
    v <- d[d$bailleur == l & !is.na(d[[code]]), ]
    if (nrow(v) >= 30) scores <- c(scores, weighted.mean(points[v[[code]]], v$poids))
  }
  qs <- quantile(scores, c(0.25, 0.5, 0.75), type = 7, names = FALSE)
  emit("peers", code, "q1", qs[1])
  emit("peers", code, "median", qs[2])
  emit("peers", code, "q3", qs[3])
  emit("peers", code, "count", length(scores))
}

# Driver quadrants: split at the medians of the classified questions (score
# on 30+ answers, 30+ pairs with the global); "above" is strictly above.
driver_rows <- function(group, sub) {
  imp <- c(); sc <- c()
  for (code in setdiff(satisfaction_codes, "Q01")) {
    v <- sub[!is.na(sub[[code]]), ]
    pairs <- v[!is.na(v$Q01), ]
    if (nrow(v) < 30 || nrow(pairs) < 30) next
    sc[code] <- weighted.mean(points[v[[code]]], v$poids)
    imp[code] <- cov.wt(cbind(points[pairs[[code]]], points[pairs$Q01]), wt = pairs$poids,
                        cor = TRUE)$cor[1, 2]
  }
  if (length(imp) == 0) return(invisible())
  emit(group, "", "median_importance", median(imp))
  emit(group, "", "median_score", median(sc))
  for (code in names(imp)) {
    # 1 priority_lever, 2 key_strength, 3 minor_weakness, 4 minor_strength
    high <- imp[code] > median(imp); good <- sc[code] > median(sc)
    emit(group, code, "quadrant", if (high) (if (good) 2 else 1) else (if (good) 4 else 3))
  }
}
driver_rows("ensemble", d)
driver_rows("qpv", d[d$qpv == 1, ])
for (l in landlords) driver_rows(paste0("landlord:", l), d[d$bailleur == l, ])

# Scores exactly at x.x5 in decimal: two respondents weighted 0.3 and 0.9,
# answers a and b. The decimal score is (3 x_a + 9 x_b) / 12; its display
# (half away from zero on the decimal value) is computed in integers.
for (a in 1:4) for (b in 1:4) {
  v <- data.frame(x = points[c(a, b)], w = c(0.3, 0.9))
  m <- svymean(~x, svydesign(ids = ~1, weights = ~w, data = v))
  twelfths <- 3 * points[a] + 9 * points[b]         # score = twelfths / 12
  tenths <- (2 * twelfths * 10 + 12) %/% 24          # floor(score * 10 + 1/2)
  emit(paste0("halves:", a, b), "", "score", coef(m))
  emit(paste0("halves:", a, b), "", "displayed_tenths", tenths)
}

golden <- do.call(rbind, rows)
write.table(golden, "golden.csv", sep = ";", quote = FALSE, row.names = FALSE)
cat("wrote", nrow(d), "respondents and", nrow(golden), "golden values\n")
