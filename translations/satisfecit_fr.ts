<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AnswerParser</name>
    <message>
        <source>or empty, 9, 99, NSP for no answer</source>
        <translation>ou vide, 9, 99, NSP pour une non-réponse</translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>Overall satisfaction</source>
        <translation>Satisfaction globale</translation>
    </message>
    <message>
        <source>%1 /10</source>
        <translation>%1 /10</translation>
    </message>
    <message>
        <source>%1 · 95% interval %2–%3</source>
        <translation>%1 · IC 95 % %2–%3</translation>
    </message>
    <message>
        <source>Satisfied tenants</source>
        <translation>Locataires satisfaits</translation>
    </message>
    <message>
        <source>very or fairly satisfied overall</source>
        <translation>très ou plutôt satisfaits dans l&apos;ensemble</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Depuis %1</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significatif</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>non significatif</translation>
    </message>
    <message>
        <source>QPV vs outside QPV</source>
        <translation>QPV et hors QPV</translation>
    </message>
    <message>
        <source>%1 in QPV, %2 outside · %3</source>
        <translation>%1 en QPV, %2 hors QPV · %3</translation>
    </message>
    <message>
        <source>base too small</source>
        <translation>effectif insuffisant</translation>
    </message>
    <message>
        <source>Tenant satisfaction survey</source>
        <translation>Enquête de satisfaction des locataires</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Dossier pour le conseil d&apos;administration</translation>
    </message>
    <message>
        <source>%1 wave · %2</source>
        <translation>Vague %1 · %2</translation>
    </message>
    <message>
        <source>All landlords</source>
        <translation>Tous les bailleurs</translation>
    </message>
    <message>
        <source>Landlord %1</source>
        <translation>Bailleur %1</translation>
    </message>
    <message>
        <source>Demo data: figures generated to try the application, not a real survey.</source>
        <translation>Données de démonstration : chiffres générés pour essayer l&apos;application, pas une véritable enquête.</translation>
    </message>
    <message>
        <source>Produced on %1</source>
        <translation>Produit le %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>%1 (QPV %2, outside %3)</source>
        <translation>%1 (QPV %2, hors QPV %3)</translation>
    </message>
    <message>
        <source>Highest scores</source>
        <translation>Notes les plus hautes</translation>
    </message>
    <message>
        <source>No score: every base is too small.</source>
        <translation>Aucune note : tous les effectifs sont insuffisants.</translation>
    </message>
    <message>
        <source>Lowest scores</source>
        <translation>Notes les plus basses</translation>
    </message>
    <message>
        <source>Significant changes since %1 (%2 in all)</source>
        <translation>Évolutions significatives depuis %1 (%2 en tout)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Évolutions</translation>
    </message>
    <message>
        <source>No significant change since %1.</source>
        <translation>Aucune évolution significative depuis %1.</translation>
    </message>
    <message>
        <source>No earlier wave of this scope to compare with.</source>
        <translation>Aucune vague antérieure de ce périmètre pour comparer.</translation>
    </message>
    <message>
        <source>Significant QPV gaps (%1 in all)</source>
        <translation>Écarts QPV significatifs (%1 en tout)</translation>
    </message>
    <message>
        <source>No significant gap between QPV and outside QPV.</source>
        <translation>Aucun écart significatif entre QPV et hors QPV.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Méthodologie</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Each satisfaction question has four answers, scored 10 (very satisfied), 7 (fairly satisfied), 3 (fairly dissatisfied) and 0 (very dissatisfied). A question&apos;s score /10 is the weighted mean of these points over its valid answers; the % satisfied is the weighted share of the first two answers.</source>
        <translation>Chaque question de satisfaction a quatre réponses, notées 10 (tout à fait satisfait), 7 (plutôt satisfait), 3 (plutôt pas satisfait) et 0 (pas du tout satisfait). La note /10 d&apos;une question est la moyenne pondérée de ces points sur ses réponses valides ; le % de satisfaits est la part pondérée des deux premières réponses.</translation>
    </message>
    <message>
        <source>Rating bands</source>
        <translation>Appréciations</translation>
    </message>
    <message>
        <source>Below %1: insufficient; %1 to %2: average; %3 and above: satisfactory. The band is judged on the score rounded to one decimal.</source>
        <translation>Sous %1 : insuffisant ; de %1 à %2 : moyen ; %3 et plus : satisfaisant. L&apos;appréciation porte sur la note arrondie à une décimale.</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>Every figure is weighted with the survey weights delivered with the file, so that the respondents stand for the tenants they represent. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted sample of the same precision.</source>
        <translation>Chaque résultat est pondéré par les poids de redressement livrés avec le fichier, pour que les répondants représentent les locataires. Le n effectif (Kish), (Σw)² / Σw², est la taille d&apos;un échantillon non pondéré de même précision.</translation>
    </message>
    <message>
        <source>Margin of error and significance</source>
        <translation>Marge d&apos;erreur et significativité</translation>
    </message>
    <message>
        <source>Small bases</source>
        <translation>Petits effectifs</translation>
    </message>
    <message>
        <source>A group with fewer than 30 valid answers is shown as &quot;base too small&quot;, never as a score.</source>
        <translation>Un groupe de moins de 30 réponses valides est signalé « effectif insuffisant », jamais par une note.</translation>
    </message>
    <message>
        <source>Improvement levers</source>
        <translation>Leviers d&apos;amélioration</translation>
    </message>
    <message>
        <source>A question&apos;s importance is the weighted correlation between its points and overall satisfaction. Questions above the median importance and not above the median score are the priority levers.</source>
        <translation>L&apos;importance d&apos;une question est la corrélation pondérée entre ses points et la satisfaction globale. Les questions au-dessus de l&apos;importance médiane et pas au-dessus de la note médiane sont les leviers prioritaires.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Évolutions</translation>
    </message>
    <message>
        <source>Earlier waves come from the published figures when their answers were not kept. A change of scope (Nord-Pas-de-Calais and Picardie before 2020, Hauts-de-France since) breaks the line.</source>
        <translation>Les vagues antérieures viennent des résultats publiés quand leurs réponses n&apos;ont pas été conservées. Un changement de périmètre (Nord-Pas-de-Calais et Picardie avant 2020, Hauts-de-France depuis) interrompt la courbe.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The %1 wave, %2 respondents.</source>
        <translation>La vague %1, %2 répondants.</translation>
    </message>
    <message>
        <source>The %1 wave, %2 respondents, imported from a file whose SHA-256 fingerprint is %3.</source>
        <translation>La vague %1, %2 répondants, importée d&apos;un fichier d&apos;empreinte SHA-256 %3.</translation>
    </message>
    <message>
        <source>Demo data: generated figures, not a real survey.</source>
        <translation>Données de démonstration : chiffres générés, pas une véritable enquête.</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <source>No wave to report on: import a survey first</source>
        <translation>Aucune vague à présenter : importez d&apos;abord une enquête</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Tenant satisfaction survey %1 — board pack</source>
        <translation>Enquête de satisfaction des locataires %1 — dossier du conseil d&apos;administration</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Tenant satisfaction survey · %1</source>
        <translation>Enquête de satisfaction des locataires · %1</translation>
    </message>
    <message>
        <source>Respondents in the group</source>
        <translation>Répondants du groupe</translation>
    </message>
    <message>
        <source>%1 answered the overall question; effective n %2</source>
        <translation>%1 ont répondu à la question globale ; n effectif %2</translation>
    </message>
    <message>
        <source>The 95% confidence interval is the score ± %1 standard errors (linearisation, as R&apos;s survey package computes it). Two independent groups (QPV and outside QPV, a landlord and the rest of its wave, a wave and the wave just before it) differ significantly when their gap exceeds %1 √(se₁² + se₂²).</source>
        <translation>L&apos;intervalle de confiance à 95 % est la note ± %1 erreurs types (linéarisation, comme les calcule le package survey de R). Deux groupes indépendants (QPV et hors QPV, un bailleur et le reste de sa vague, une vague et la vague juste avant) diffèrent significativement quand leur écart dépasse %1 √(se₁² + se₂²).</translation>
    </message>
    <message>
        <source>Sample design</source>
        <translation>Plan de sondage</translation>
    </message>
    <message>
        <source>The sample is raked (&quot;redressé&quot;) to the population counts of %1 (SHA-256 %2…), starting from the file&apos;s weights, as R&apos;s survey::rake() does; standard errors account for this calibration. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted sample of the same precision. The next page reports the weights.</source>
        <translation>L&apos;échantillon est redressé sur les effectifs de la population de %1 (SHA-256 %2…), à partir des poids du fichier, comme le fait survey::rake() de R ; les erreurs types tiennent compte de ce calage. Le n effectif (Kish), (Σw)² / Σw², est la taille d&apos;un échantillon non pondéré de même précision. La page suivante décrit les poids.</translation>
    </message>
    <message numerus="yes">
        <source>Raked to %1 in %n pass(es)</source>
        <translation>
            <numerusform>Redressé sur %1 en %n passe</numerusform>
            <numerusform>Redressé sur %1 en %n passes</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights: from %1 to %2 (file: %3 to %4); coefficient of variation %5 (file: %6); design effect %7 (file: %8); effective size %9 of %10 respondents (file: %11).</source>
        <translation>Poids : de %1 à %2 (fichier : %3 à %4) ; coefficient de variation %5 (fichier : %6) ; effet de plan %7 (fichier : %8) ; taille effective %9 pour %10 répondants (fichier : %11).</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Sample, file&apos;s weights</source>
        <translation>Échantillon, poids du fichier</translation>
    </message>
    <message>
        <source>Sample, raked</source>
        <translation>Échantillon redressé</translation>
    </message>
    <message>
        <source>top quarter</source>
        <translation>premier quart</translation>
    </message>
    <message>
        <source>second quarter</source>
        <translation>deuxième quart</translation>
    </message>
    <message>
        <source>third quarter</source>
        <translation>troisième quart</translation>
    </message>
    <message>
        <source>bottom quarter</source>
        <translation>dernier quart</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>vs rest</source>
        <translation>vs autres</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Quartile</source>
        <translation>Quartile</translation>
    </message>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>% satisfied</source>
        <translation>% satisfaits</translation>
    </message>
    <message>
        <source>Rank %1 of %2 landlords with a base of 30 or more · %3 · region %4</source>
        <translation>Rang %1 sur %2 bailleurs ayant une base d’au moins 30 · %3 · région %4</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>%1 and the region</source>
        <translation>%1 et la région</translation>
    </message>
    <message>
        <source>%1 wave · score /10 of each question beside the whole region&apos;s; gap = landlord − region; ✱ where the landlord differs significantly from the other landlords together (95%); rank and quarter among the landlords with a base of 30 or more</source>
        <translation>vague %1 · score /10 de chaque question à côté de celui de toute la région ; écart = bailleur − région ; ✱ là où le bailleur diffère significativement de l’ensemble des autres bailleurs (95 %) ; rang et quart parmi les bailleurs ayant une base d’au moins 30</translation>
    </message>
    <message>
        <source>landlords named</source>
        <translation>bailleurs nommés</translation>
    </message>
    <message>
        <source>other landlords anonymous</source>
        <translation>autres bailleurs anonymes</translation>
    </message>
    <message>
        <source>Among the landlords</source>
        <translation>Parmi les bailleurs</translation>
    </message>
    <message>
        <source>Landlord and region</source>
        <translation>Bailleur et région</translation>
    </message>
    <message>
        <source>The region is every respondent of the wave. A landlord and the other landlords together are two groups of the same survey design; ✱ marks a gap significant at 95% between them. Rank and quarter are among the landlords with 30 or more valid answers (quartiles of their scores).</source>
        <translation>La région, ce sont tous les répondants de la vague. Un bailleur et l’ensemble des autres bailleurs sont deux groupes du même plan de sondage ; ✱ signale un écart significatif à 95 % entre eux. Rang et quart sont calculés parmi les bailleurs ayant au moins 30 réponses valides (quartiles de leurs scores).</translation>
    </message>
    <message>
        <source>Other landlords</source>
        <translation>Autres bailleurs</translation>
    </message>
    <message>
        <source>The other landlords are named: this pack is for the union&apos;s internal use.</source>
        <translation>Les autres bailleurs sont nommés : ce dossier est réservé à l’usage interne de l’union.</translation>
    </message>
    <message>
        <source>The other landlords are not named: each appears under a letter drawn for this wave (&quot;Landlord A&quot;…), the same in every landlord&apos;s report.</source>
        <translation>Les autres bailleurs ne sont pas nommés : chacun apparaît sous une lettre tirée pour cette vague (« Bailleur A »…), la même dans le rapport de chaque bailleur.</translation>
    </message>
    <message>
        <source>The sample is raked (&quot;redressé&quot;) to the population counts of %1 (SHA-256 %2…), starting from the file&apos;s weights, as R&apos;s survey::rake() does; standard errors account for this calibration. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted sample of the same precision.</source>
        <translation>L&apos;échantillon est redressé sur les effectifs de la population de %1 (SHA-256 %2…), à partir des poids du fichier, comme le fait survey::rake() de R ; les erreurs types tiennent compte de ce calage. Le n effectif (Kish), (Σw)² / Σw², est la taille d&apos;un échantillon non pondéré de même précision.</translation>
    </message>
    <message>
        <source>Tenants living in a priority neighbourhood (QPV)</source>
        <translation>Locataires habitant un quartier prioritaire (QPV)</translation>
    </message>
    <message>
        <source>Tenants living outside the priority neighbourhoods (QPV)</source>
        <translation>Locataires habitant hors des quartiers prioritaires (QPV)</translation>
    </message>
    <message>
        <source>Only the tenants whose %1 is %2</source>
        <translation>Seulement les locataires dont le critère « %1 » vaut « %2 »</translation>
    </message>
    <message>
        <source>%1 tenants answered the survey</source>
        <translation>%1 locataires ont répondu à l&apos;enquête</translation>
    </message>
    <message>
        <source>%1 scores %2 /10</source>
        <translation>%1 obtient %2 /10</translation>
    </message>
    <message>
        <source>%1 has too few answers for a score</source>
        <translation>%1 a trop peu de réponses pour une note</translation>
    </message>
    <message>
        <source>Only one wave so far (%1): %2. The trend will be drawn from the next wave on.</source>
        <translation>Une seule vague pour l&apos;instant (%1) : %2. L&apos;évolution sera tracée à partir de la prochaine vague.</translation>
    </message>
    <message>
        <source>Cannot read the logo %1</source>
        <translation>Impossible de lire le logo %1</translation>
    </message>
</context>
<context>
    <name>BoardPackDialog</name>
    <message>
        <source>satisfecit-board-pack</source>
        <comment>default file name, no spaces or accents</comment>
        <translation>satisfecit-dossier-du-conseil</translation>
    </message>
    <message>
        <source>qpv</source>
        <comment>file name part, no spaces or accents</comment>
        <translation>qpv</translation>
    </message>
    <message>
        <source>outside-qpv</source>
        <comment>file name part, no spaces or accents</comment>
        <translation>hors-qpv</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Dossier du conseil</translation>
    </message>
    <message>
        <source>Tenant satisfaction survey</source>
        <comment>board pack title</comment>
        <translation>Enquête de satisfaction des locataires</translation>
    </message>
    <message>
        <source>The title on the cover; empty for &quot;%1&quot;</source>
        <translation>Le titre de la couverture ; vide pour « %1 »</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;PowerPoint presentations (*.pptx)</source>
        <translation>Documents PDF (*.pdf);;Présentations PowerPoint (*.pptx)</translation>
    </message>
</context>
<context>
    <name>ChartDescription</name>
    <message>
        <source>Score</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ChartDocument</name>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>outside QPV</source>
        <translation>hors QPV</translation>
    </message>
    <message>
        <source>n = %1, too few answers to show a score</source>
        <translation>n = %1, trop peu de réponses pour afficher une note</translation>
    </message>
    <message>
        <source>n = %1, effective n = %2, margin of error ±%3 points</source>
        <translation>n = %1, n effectif = %2, marge d&apos;erreur ±%3 points</translation>
    </message>
    <message>
        <source>Scores by question</source>
        <translation>Notes par question</translation>
    </message>
    <message>
        <source>QPV and outside QPV</source>
        <translation>QPV et hors QPV</translation>
    </message>
    <message>
        <source>Scores since 2004</source>
        <translation>Notes depuis 2004</translation>
    </message>
    <message>
        <source>Landlords</source>
        <translation>Bailleurs</translation>
    </message>
    <message>
        <source>Improvement levers</source>
        <translation>Leviers d&apos;amélioration</translation>
    </message>
    <message>
        <source>Answers by question</source>
        <translation>Réponses par question</translation>
    </message>
    <message>
        <source>Base (%1): %2 (95%).</source>
        <translation>Base (%1) : %2 (95 %).</translation>
    </message>
    <message>
        <source>Source: demo data, file %1… (SHA-256).</source>
        <translation>Source : données de démonstration, fichier %1… (SHA-256).</translation>
    </message>
    <message>
        <source>Source: file %1… (SHA-256).</source>
        <translation>Source : fichier %1… (SHA-256).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Information and uses</source>
        <translation>Information et usages</translation>
    </message>
    <message>
        <source>Shares of the valid answers to each question (bases in the table), margin of error at most ±%1 points (95%); ✱ a significant gap between QPV and outside QPV (95%); black tick: the published share.</source>
        <translation>Parts des réponses valides à chaque question (effectifs dans le tableau), marge d&apos;erreur d&apos;au plus ±%1 points (95&#x202f;%) ; ✱ écart significatif entre QPV et hors QPV (95&#x202f;%) ; trait noir : la part publiée.</translation>
    </message>
    <message>
        <source>Results raked to the margins %1 (%2…, SHA-256); standard errors account for the raking.</source>
        <translation>Résultats redressés sur les marges %1 (%2…, SHA-256) ; les erreurs types tiennent compte du redressement.</translation>
    </message>
    <message>
        <source>Weighted results.</source>
        <translation>Résultats pondérés.</translation>
    </message>
    <message>
        <source>Groups of fewer than 30 answers are shown without a score.</source>
        <translation>Les groupes de moins de 30 réponses sont présentés sans note.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The size %1 × %2 is out of range (200 × 150 to 20000 × 20000)</source>
        <translation>La taille %1 × %2 est hors limites (200 × 150 à 20000 × 20000)</translation>
    </message>
    <message>
        <source>The resolution %1 dpi is out of range (24 to 1200)</source>
        <translation>La résolution %1 ppp est hors limites (24 à 1200)</translation>
    </message>
    <message>
        <source>The image would have more than 200 million pixels</source>
        <translation>L&apos;image aurait plus de 200 millions de pixels</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image</source>
        <translation>Mémoire insuffisante pour une image de %1 × %2</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>l&apos;image n&apos;a pas pu être encodée</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>le SVG n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <source>This chart cannot be drawn from its table</source>
        <translation>Ce graphique ne peut pas être tracé à partir de son tableau</translation>
    </message>
    <message>
        <source>%1: expected a .png, .pdf, .svg or .pptx file name</source>
        <translation>%1 : un nom de fichier .png, .pdf, .svg ou .pptx est attendu</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Slide 16:9</source>
        <translation>Diapositive 16:9</translation>
    </message>
    <message>
        <source>Slide 4:3</source>
        <translation>Diapositive 4:3</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 paysage</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (for slides and documents)</source>
        <translation>Image PNG (pour diapositives et documents)</translation>
    </message>
    <message>
        <source>PDF document (vector, for print)</source>
        <translation>Document PDF (vectoriel, pour l’impression)</translation>
    </message>
    <message>
        <source>SVG drawing (vector, editable)</source>
        <translation>Dessin SVG (vectoriel, modifiable)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Taille personnalisée</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>192 dpi gives two image pixels per point: sharp on a slide and on a high-density screen</source>
        <translation>192 ppp donne deux pixels d’image par point : net sur une diapositive et sur un écran haute densité</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Résolution :</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier :</translation>
    </message>
    <message>
        <source>Image of %1 × %2 pixels</source>
        <translation>Image de %1 × %2 pixels</translation>
    </message>
    <message>
        <source>Vector: sharp at any size; text stays text</source>
        <translation>Vectoriel : net à toute taille ; le texte reste du texte</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>PowerPoint slide (native chart, data editable)</source>
        <translation>Diapositive PowerPoint (graphique natif, données modifiables)</translation>
    </message>
    <message>
        <source>A PowerPoint chart: restyle it and edit its data in PowerPoint</source>
        <translation>Graphique PowerPoint natif : données modifiables dans PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Présentations PowerPoint (*.pptx)</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>Scores by theme</source>
        <translation>Notes par thème</translation>
    </message>
    <message>
        <source>QPV and outside QPV</source>
        <translation>QPV et hors QPV</translation>
    </message>
    <message>
        <source>Distribution of answers</source>
        <translation>Répartition des réponses</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with fewer than 30 valid answers: not drawn as a score.</source>
        <translation>
            <numerusform>%n ligne avec moins de 30 réponses valides : pas tracée comme une note.</numerusform>
            <numerusform>%n lignes avec moins de 30 réponses valides : pas tracées comme des notes.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>Generated answers and illustrative figures, not a real survey.</source>
        <translation>Réponses générées et chiffres illustratifs, pas une véritable enquête.</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copier le tableau</translation>
    </message>
    <message>
        <source>Copies the selected rows, or the whole table, as tab-separated text for a spreadsheet</source>
        <translation>Copie les lignes sélectionnées, ou tout le tableau, en texte séparé par des tabulations pour un tableur</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Trends since 2004</source>
        <translation>Évolutions depuis 2004</translation>
    </message>
    <message>
        <source>Landlords</source>
        <translation>Bailleurs</translation>
    </message>
    <message>
        <source>Improvement levers</source>
        <translation>Leviers d&apos;amélioration</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Saves or copies the chart for a slide or a report, or saves the table for a spreadsheet</source>
        <translation>Enregistre ou copie le graphique pour une diapositive ou un rapport, ou enregistre le tableau pour un tableur</translation>
    </message>
    <message>
        <source>Copy the chart (image and table)</source>
        <translation>Copier le graphique (image et tableau)</translation>
    </message>
    <message>
        <source>Save the table for Excel (CSV or XLSX)…</source>
        <translation>Enregistrer le tableau pour Excel (CSV ou XLSX)…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Graphique enregistré dans %1</translation>
    </message>
    <message>
        <source>Chart copied: paste it into a slide, or into a spreadsheet for its table</source>
        <translation>Graphique copié : collez-le dans une diapositive, ou dans un tableur pour son tableau</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV pour Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Enregistrer le tableau</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Tableau enregistré dans %1</translation>
    </message>
    <message>
        <source>Table copied: paste it into a spreadsheet or a document</source>
        <translation>Tableau copié : collez-le dans un tableur ou un document</translation>
    </message>
    <message>
        <source>outside QPV</source>
        <translation>hors QPV</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>all tenants</source>
        <translation>tous les locataires</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Vague</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>whole region</source>
        <translation>toute la région</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exporté le</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Information and uses</source>
        <translation>Information et usages</translation>
    </message>
    <message>
        <source>Save the chart as an image, PDF or PowerPoint…</source>
        <translation>Enregistrer le graphique en image, PDF ou PowerPoint…</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Average (%1–%2)</source>
        <translation>Moyen (%1–%2)</translation>
    </message>
    <message>
        <source>Base too small (n &lt; 30)</source>
        <translation>Effectif insuffisant (n &lt; 30)</translation>
    </message>
    <message>
        <source>Insufficient (under %1)</source>
        <translation>Insuffisant (moins de %1)</translation>
    </message>
    <message>
        <source>Satisfactory (%1+)</source>
        <translation>Satisfaisant (%1 et plus)</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the survey file</source>
        <translation>Choisir le fichier d&apos;enquête</translation>
    </message>
    <message>
        <source>Choose a file or drop it here</source>
        <translation>Choisissez un fichier ou déposez-le ici</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>D&apos;après le fichier</translation>
    </message>
    <message>
        <source>Only needed when the file has no year column (annee, year or vague).</source>
        <translation>Seulement si le fichier n&apos;a pas de colonne année (annee, year ou vague).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Wave &amp;year:</source>
        <translation>&amp;Année de la vague :</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Périmètre :</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Ce fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file.</source>
        <translation>C&apos;est un dossier : choisissez un fichier.</translation>
    </message>
    <message>
        <source>Import a survey</source>
        <translation>Importer une enquête</translation>
    </message>
    <message>
        <source>The respondent file delivered by the survey provider: CSV or text, Excel (.xlsx) or SPSS (.sav, .zsav). Nothing is written to the store before the last step.</source>
        <translation>Le fichier des répondants livré par l&apos;institut de sondage : CSV ou texte, Excel (.xlsx) ou SPSS (.sav, .zsav). Rien n&apos;est écrit dans la base avant la dernière étape.</translation>
    </message>
    <message>
        <source>Unsupported file type: choose a .csv, .tsv, .txt, .xlsx, .sav or .zsav file.</source>
        <translation>Type de fichier non pris en charge : choisissez un fichier .csv, .tsv, .txt, .xlsx, .sav ou .zsav.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Language: fr or en.</source>
        <translation>Langue : fr ou en.</translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation>Sortie : table, csv ou json.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Afficher l&apos;aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Try &apos;satisfecit --help&apos;.</source>
        <translation>Essayez « satisfecit --help ».</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected fr or en</source>
        <translation>langue « %1 » inconnue : fr ou en attendu</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: expected table, csv or json</source>
        <translation>format « %1 » inconnu : table, csv ou json attendu</translation>
    </message>
    <message>
        <source>add or update questions from a codebook CSV</source>
        <translation>ajouter ou mettre à jour des questions depuis un dictionnaire CSV</translation>
    </message>
    <message>
        <source>import published aggregate figures</source>
        <translation>importer des résultats agrégés publiés</translation>
    </message>
    <message>
        <source>show how a file is read; writes nothing</source>
        <translation>montrer comment un fichier est lu ; n&apos;écrit rien</translation>
    </message>
    <message>
        <source>figures per question (score, % satisfied, interval, n, band)</source>
        <translation>résultats par question (note, % de satisfaits, intervalle, n, appréciation)</translation>
    </message>
    <message>
        <source>one question across all waves, published and computed</source>
        <translation>une question sur toutes les vagues, publiées et calculées</translation>
    </message>
    <message>
        <source>importance and score per question: the improvement levers</source>
        <translation>importance et note par question : les leviers d&apos;amélioration</translation>
    </message>
    <message>
        <source>list the waves in the store</source>
        <translation>lister les vagues de la base</translation>
    </message>
    <message>
        <source>remove one wave and everything derived from it</source>
        <translation>supprimer une vague et tout ce qui en découle</translation>
    </message>
    <message>
        <source>--year: expected a year</source>
        <translation>--year : une année est attendue</translation>
    </message>
    <message>
        <source>no wave and no published figure for %1</source>
        <translation>aucune vague et aucun résultat publié pour %1</translation>
    </message>
    <message>
        <source>The wave&apos;s year (default: the latest).</source>
        <translation>L&apos;année de la vague (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>The wave&apos;s scope, when a year has several.</source>
        <translation>Le périmètre de la vague, quand une année en a plusieurs.</translation>
    </message>
    <message>
        <source>none, qpv, landlord or a segment column.</source>
        <translation>none, qpv, landlord ou une colonne de segment.</translation>
    </message>
    <message>
        <source>Only this landlord&apos;s tenants.</source>
        <translation>Seulement les locataires de ce bailleur.</translation>
    </message>
    <message>
        <source>Only this question.</source>
        <translation>Seulement cette question.</translation>
    </message>
    <message>
        <source>question %1 is not in the codebook</source>
        <translation>la question %1 n&apos;est pas dans le dictionnaire</translation>
    </message>
    <message>
        <source>the store has no wave yet: import one first</source>
        <translation>la base n&apos;a encore aucune vague : importez-en une d&apos;abord</translation>
    </message>
    <message>
        <source>landlord %1 is not in the wave %2</source>
        <translation>le bailleur %1 n&apos;est pas dans la vague %2</translation>
    </message>
    <message>
        <source>--by %1: expected none, qpv, landlord or a segment column (%2)</source>
        <translation>--by %1 : none, qpv, landlord ou une colonne de segment attendu (%2)</translation>
    </message>
    <message>
        <source>The question (required).</source>
        <translation>La question (obligatoire).</translation>
    </message>
    <message>
        <source>none or qpv.</source>
        <translation>none ou qpv.</translation>
    </message>
    <message>
        <source>trend needs --code, e.g. --code Q01</source>
        <translation>trend demande --code, par exemple --code Q01</translation>
    </message>
    <message>
        <source>--by %1: expected none or qpv</source>
        <translation>--by %1 : none ou qpv attendu</translation>
    </message>
    <message>
        <source>no wave %1 with respondents in the store</source>
        <translation>aucune vague %1 avec des répondants dans la base</translation>
    </message>
    <message>
        <source>the wave has no overall-satisfaction question: no driver analysis</source>
        <translation>la vague n&apos;a pas de question de satisfaction globale : pas d&apos;analyse des leviers</translation>
    </message>
    <message>
        <source>Text encoding: utf-8 or windows-1252 (detected by default).</source>
        <translation>Encodage du texte : utf-8 ou windows-1252 (détecté par défaut).</translation>
    </message>
    <message>
        <source>Field delimiter: &apos;;&apos; &apos;,&apos; &apos;tab&apos; or &apos;|&apos; (detected by default).</source>
        <translation>Séparateur de champs : &apos;;&apos; &apos;,&apos; &apos;tab&apos; ou &apos;|&apos; (détecté par défaut).</translation>
    </message>
    <message>
        <source>Excel sheet, by number (from 1) or name.</source>
        <translation>Feuille Excel, par numéro (à partir de 1) ou par nom.</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;: expected ; , tab or |</source>
        <translation>séparateur « %1 » inconnu : ; , tab ou | attendu</translation>
    </message>
    <message>
        <source>(more errors not shown)</source>
        <translation>(autres erreurs non affichées)</translation>
    </message>
    <message>
        <source>Nothing was written to the store.</source>
        <translation>Rien n&apos;a été écrit dans la base.</translation>
    </message>
    <message>
        <source>A codebook CSV whose questions are added first.</source>
        <translation>Un dictionnaire CSV dont les questions sont ajoutées d&apos;abord.</translation>
    </message>
    <message>
        <source>The wave&apos;s year, when the file has no year column.</source>
        <translation>L&apos;année de la vague, quand le fichier n&apos;a pas de colonne année.</translation>
    </message>
    <message>
        <source>The wave&apos;s scope (default: Hauts-de-France).</source>
        <translation>Le périmètre de la vague (par défaut : Hauts-de-France).</translation>
    </message>
    <message>
        <source>Replace the wave of the same year and scope.</source>
        <translation>Remplacer la vague de même année et de même périmètre.</translation>
    </message>
    <message>
        <source>import takes one file</source>
        <translation>import prend un fichier</translation>
    </message>
    <message>
        <source>--year: expected a year between 1990 and 2100</source>
        <translation>--year : une année entre 1990 et 2100 est attendue</translation>
    </message>
    <message>
        <source>--scope cannot be empty</source>
        <translation>--scope ne peut pas être vide</translation>
    </message>
    <message>
        <source>Imported %1 as the wave %2 %3: %4 respondents, %5 questions, %6 segment columns%7.</source>
        <translation>%1 importé comme vague %2 %3 : %4 répondants, %5 questions, %6 colonnes de segment%7.</translation>
    </message>
    <message>
        <source>import-codebook takes one file</source>
        <translation>import-codebook prend un fichier</translation>
    </message>
    <message>
        <source>Saved %1 questions from %2.</source>
        <translation>%1 questions enregistrées depuis %2.</translation>
    </message>
    <message>
        <source>import-published takes one file</source>
        <translation>import-published prend un fichier</translation>
    </message>
    <message>
        <source>Saved %1 published figures from %2.</source>
        <translation>%1 résultats publiés enregistrés depuis %2.</translation>
    </message>
    <message>
        <source>How many rows to show (default 10).</source>
        <translation>Nombre de lignes à montrer (10 par défaut).</translation>
    </message>
    <message>
        <source>preview takes one file</source>
        <translation>preview prend un fichier</translation>
    </message>
    <message>
        <source>--rows: expected a whole number</source>
        <translation>--rows : un nombre entier est attendu</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>encodage : %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>séparateur : %1</translation>
    </message>
    <message>
        <source>sheet: %1</source>
        <translation>feuille : %1</translation>
    </message>
    <message>
        <source>delete-wave takes one year, e.g. delete-wave 2020</source>
        <translation>delete-wave prend une année, par exemple delete-wave 2020</translation>
    </message>
    <message>
        <source>no wave %1%2 in the store</source>
        <translation>aucune vague %1%2 dans la base</translation>
    </message>
    <message>
        <source>%1 has several waves (%2): choose one with --scope</source>
        <translation>%1 a plusieurs vagues (%2) : choisissez-en une avec --scope</translation>
    </message>
    <message>
        <source>Deleted the wave %1 %2 (%3 respondents).</source>
        <translation>Vague %1 %2 supprimée (%3 répondants).</translation>
    </message>
    <message>
        <source>load the bundled demo data into the store (--remove takes it out)</source>
        <translation>charger les données de démonstration fournies dans la base (--remove les retire)</translation>
    </message>
    <message>
        <source>Remove the demo data instead of loading it.</source>
        <translation>Retirer les données de démonstration au lieu de les charger.</translation>
    </message>
    <message>
        <source>The demo data was removed; your own imports are kept.</source>
        <translation>Les données de démonstration ont été retirées ; vos propres imports sont conservés.</translation>
    </message>
    <message>
        <source>render one chart to PNG, PDF or SVG (format from the extension)</source>
        <translation>produire un graphique en PNG, PDF ou SVG (format d&apos;après l&apos;extension)</translation>
    </message>
    <message>
        <source>write the board pack: a multi-page A4 landscape PDF</source>
        <translation>écrire le dossier du conseil d&apos;administration : un PDF A4 paysage de plusieurs pages</translation>
    </message>
    <message>
        <source>Only this landlord&apos;s tenants (compared with the region).</source>
        <translation>Seulement les locataires de ce bailleur (comparés à la région).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>The question of a trend or ranking (default: overall satisfaction).</source>
        <translation>La question d&apos;une évolution ou d&apos;un classement (par défaut : satisfaction globale).</translation>
    </message>
    <message>
        <source>Width in logical pixels (default 1600).</source>
        <translation>Largeur en pixels logiques (1600 par défaut).</translation>
    </message>
    <message>
        <source>Height in logical pixels (default 900).</source>
        <translation>Hauteur en pixels logiques (900 par défaut).</translation>
    </message>
    <message>
        <source>PNG resolution: 192 (the default) gives 2 pixels per logical pixel.</source>
        <translation>Résolution PNG : 192 (par défaut) donne 2 pixels par pixel logique.</translation>
    </message>
    <message>
        <source>chart needs one kind: %1</source>
        <translation>chart demande un type : %1</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;: expected %2</source>
        <translation>graphique « %1 » inconnu : %2 attendu</translation>
    </message>
    <message>
        <source>--width, --height and --dpi take a positive whole number</source>
        <translation>--width, --height et --dpi prennent un nombre entier positif</translation>
    </message>
    <message>
        <source>change the sample design of a wave (its strata)</source>
        <translation>changer le plan de sondage d&apos;une vague (ses strates)</translation>
    </message>
    <message>
        <source>The column holding the sample design&apos;s strata (bailleur for the landlord).</source>
        <translation>La colonne des strates du plan de sondage (bailleur pour le bailleur).</translation>
    </message>
    <message>
        <source>--strata: expected a column of the file, e.g. --strata bailleur</source>
        <translation>--strata : une colonne du fichier est attendue, par exemple --strata bailleur</translation>
    </message>
    <message>
        <source>The wave&apos;s year.</source>
        <translation>L&apos;année de la vague.</translation>
    </message>
    <message>
        <source>The column holding the strata (bailleur for the landlord), or none.</source>
        <translation>La colonne des strates (bailleur pour le bailleur), ou none.</translation>
    </message>
    <message>
        <source>design takes no file: design --year Y --strata COLUMN|none</source>
        <translation>design ne prend pas de fichier : design --year A --strata COLONNE|none</translation>
    </message>
    <message>
        <source>design needs --year, e.g. design --year 2020 --strata bailleur</source>
        <translation>design demande --year, par exemple design --year 2020 --strata bailleur</translation>
    </message>
    <message>
        <source>design needs --strata COLUMN, or --strata none for no strata</source>
        <translation>design demande --strata COLONNE, ou --strata none pour aucune strate</translation>
    </message>
    <message>
        <source>--strata %1: expected none, bailleur or a column of the wave (%2)</source>
        <translation>--strata %1 : none, bailleur ou une colonne de la vague (%2) est attendu</translation>
    </message>
    <message>
        <source>The wave %1 %2 now has no strata.</source>
        <translation>La vague %1 %2 n&apos;a plus de strates.</translation>
    </message>
    <message>
        <source>The wave %1 %2 is now stratified by %3.</source>
        <translation>La vague %1 %2 est désormais stratifiée par %3.</translation>
    </message>
    <message>
        <source>shares of each option of yes/no and single-choice questions</source>
        <translation>parts de chaque option des questions oui/non et à choix unique</translation>
    </message>
    <message>
        <source>One option&apos;s share (yes/no and single-choice questions).</source>
        <translation>La part d&apos;une option (questions oui/non et à choix unique).</translation>
    </message>
    <message>
        <source>Only this question (a satisfaction question gives its four answers).</source>
        <translation>Seulement cette question (une question de satisfaction donne ses quatre réponses).</translation>
    </message>
    <message>
        <source>--option %1 is not an option of question %2</source>
        <translation>--option %1 n&apos;est pas une option de la question %2</translation>
    </message>
    <message>
        <source>Columns not to import at all, comma-separated (columns that identify tenants).</source>
        <translation>Colonnes à ne pas importer du tout, séparées par des virgules (colonnes qui identifient des locataires).</translation>
    </message>
    <message>
        <source>Columns to keep although they identify tenants, comma-separated (recorded in the wave&apos;s notes).</source>
        <translation>Colonnes à garder bien qu&apos;elles identifient des locataires, séparées par des virgules (notées dans les remarques de la vague).</translation>
    </message>
    <message>
        <source>Dropped without being read: %1.</source>
        <translation>Écartées sans être lues : %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message>
        <source>To import the file without them: --drop-columns &quot;%1&quot; (or --keep-columns to keep one knowingly).</source>
        <translation>Pour importer le fichier sans elles : --drop-columns &quot;%1&quot; (ou --keep-columns pour en garder une sciemment).</translation>
    </message>
    <message>
        <source>rake a wave to population margins, or go back to the file&apos;s weights</source>
        <translation>redresser une vague sur des marges de population, ou revenir aux poids du fichier</translation>
    </message>
    <message>
        <source>weight needs --year, e.g. weight --year 2020 --margins margins.csv</source>
        <translation>weight demande --year, par exemple weight --year 2020 --margins marges.csv</translation>
    </message>
    <message>
        <source>The population margins file (CSV: variable, value, count).</source>
        <translation>Le fichier des marges de population (CSV : variable, value, count).</translation>
    </message>
    <message>
        <source>Bounds of the raked weights, e.g. 0.3,3.</source>
        <translation>Bornes des poids redressés, par exemple 0.3,3.</translation>
    </message>
    <message>
        <source>Go back to the file&apos;s weights.</source>
        <translation>Revenir aux poids du fichier.</translation>
    </message>
    <message>
        <source>weight takes --margins FILE or --reset</source>
        <translation>weight prend --margins FICHIER ou --reset</translation>
    </message>
    <message>
        <source>--trim: expected MIN,MAX with 0 &lt;= MIN &lt; MAX, e.g. 0.3,3</source>
        <translation>--trim : attendu MIN,MAX avec 0 &lt;= MIN &lt; MAX, par exemple 0.3,3</translation>
    </message>
    <message>
        <source>The wave %1 %2 already has its file&apos;s weights.</source>
        <translation>La vague %1 %2 a déjà les poids de son fichier.</translation>
    </message>
    <message>
        <source>The wave %1 %2 is back to its file&apos;s weights.</source>
        <translation>La vague %1 %2 a retrouvé les poids de son fichier.</translation>
    </message>
    <message>
        <source>--db: expected the path of a store, not an empty name</source>
        <translation>--db : le chemin d&apos;une base est attendu, pas un nom vide</translation>
    </message>
    <message>
        <source>cannot write the output (a full disk, or a closed pipe)</source>
        <translation>impossible d&apos;écrire la sortie (disque plein ou tube fermé)</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;: expected utf-8 or windows-1252</source>
        <translation>encodage « %1 » inconnu : utf-8 ou windows-1252 attendu</translation>
    </message>
    <message>
        <source>import a respondent file (CSV/TSV/TXT, XLSX, SAV/ZSAV) as one wave</source>
        <translation>importer un fichier de répondants (CSV/TSV/TXT, XLSX, SAV/ZSAV) comme une vague</translation>
    </message>
    <message>
        <source>Only the waves and published figures of this scope.</source>
        <translation>Seulement les vagues et les résultats publiés de ce périmètre.</translation>
    </message>
    <message>
        <source>no wave or published figure has the scope &quot;%1&quot;</source>
        <translation>aucune vague ni aucun résultat publié n&apos;a le périmètre « %1 »</translation>
    </message>
    <message>
        <source>--each-landlord and --landlord do not go together</source>
        <translation>--each-landlord et --landlord ne vont pas ensemble</translation>
    </message>
    <message>
        <source>report: the format comes from --out&apos;s extension; --format goes with --each-landlord</source>
        <translation>report : le format vient de l’extension de --out ; --format accompagne --each-landlord</translation>
    </message>
    <message>
        <source>One report per landlord of the wave, written into the folder --out DIR.</source>
        <translation>Un rapport par bailleur de la vague, écrit dans le dossier --out DIR.</translation>
    </message>
    <message>
        <source>How a report shows the other landlords: anonymous (letters, the default of a landlord&apos;s report) or named.</source>
        <translation>Comment un rapport montre les autres bailleurs : anonymous (des lettres, par défaut pour le rapport d’un bailleur) ou named (nommés).</translation>
    </message>
    <message>
        <source>--peers: expected anonymous or named, not &quot;%1&quot;</source>
        <translation>--peers : anonymous ou named attendu, pas « %1 »</translation>
    </message>
    <message>
        <source>report --each-landlord needs --out DIR, an existing folder</source>
        <translation>report --each-landlord demande --out DIR, un dossier existant</translation>
    </message>
    <message>
        <source>--format: expected pdf or pptx for reports, not &quot;%1&quot;</source>
        <translation>--format : pdf ou pptx attendu pour les rapports, pas « %1 »</translation>
    </message>
    <message>
        <source>chart needs --out FILE.png, .pdf, .svg or .pptx</source>
        <translation>chart demande --out FICHIER.png, .pdf, .svg ou .pptx</translation>
    </message>
    <message>
        <source>--out %1: expected a .png, .pdf, .svg or .pptx file</source>
        <translation>--out %1 : un fichier .png, .pdf, .svg ou .pptx est attendu</translation>
    </message>
    <message>
        <source>report takes no argument: use --out FILE.pdf or FILE.pptx</source>
        <translation>report ne prend pas d&apos;argument : utilisez --out FICHIER.pdf ou FICHIER.pptx</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or FILE.pptx</source>
        <translation>report demande --out FICHIER.pdf ou FICHIER.pptx</translation>
    </message>
    <message>
        <source>The title on the cover (default: the survey&apos;s name).</source>
        <translation>Le titre de la couverture (par défaut : le nom de l&apos;enquête).</translation>
    </message>
    <message>
        <source>A logo for the cover: a PNG, JPEG or SVG file.</source>
        <translation>Un logo pour la couverture : un fichier PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <source>cannot read the logo %1</source>
        <translation>impossible de lire le logo %1</translation>
    </message>
    <message>
        <source>--qpv cannot be used with --by qpv</source>
        <translation>--qpv ne peut pas être utilisé avec --by qpv</translation>
    </message>
    <message>
        <source>--segment cannot be used with --by a segment column</source>
        <translation>--segment ne peut pas être utilisé avec --by une colonne de segment</translation>
    </message>
    <message>
        <source>Only the tenants in a QPV (yes) or outside (no).</source>
        <translation>Seulement les locataires en QPV (yes) ou hors QPV (no).</translation>
    </message>
    <message>
        <source>Only the tenants with this value of a segment column.</source>
        <translation>Seulement les locataires ayant cette valeur d&apos;une colonne de segment.</translation>
    </message>
    <message>
        <source>--%1 %2: expected a segment column of the wave (%3)</source>
        <translation>--%1 %2 : une colonne de segment de la vague est attendue (%3)</translation>
    </message>
    <message>
        <source>--qpv %1: expected yes or no</source>
        <translation>--qpv %1 : yes ou no attendu</translation>
    </message>
    <message>
        <source>--segment %1: expected COLUMN=VALUE</source>
        <translation>--segment %1 : COLONNE=VALEUR attendu</translation>
    </message>
    <message>
        <source>--segment: %1 has no value %2 (%3)</source>
        <translation>--segment : %1 n&apos;a pas de valeur %2 (%3)</translation>
    </message>
    <message>
        <source>the landlords ranked on one question, each against the rest of the wave</source>
        <translation>les bailleurs classés sur une question, chacun face au reste de la vague</translation>
    </message>
    <message>
        <source>The question (default: overall satisfaction).</source>
        <translation>La question (par défaut : la satisfaction globale).</translation>
    </message>
    <message>
        <source>--code %1: expected a satisfaction question of the wave</source>
        <translation>--code %1 : une question de satisfaction de la vague est attendue</translation>
    </message>
    <message>
        <source>--each-landlord takes no --qpv or --segment</source>
        <translation>--each-landlord ne prend ni --qpv ni --segment</translation>
    </message>
    <message>
        <source>Usage: satisfecit [--db PATH|URI] [--lang fr|en] COMMAND [options]

Without a command, opens the Satisfecit window.

Commands:
</source>
        <translation>Usage : satisfecit [--db CHEMIN|URI] [--lang fr|en] COMMANDE [options]

Sans commande, ouvre la fenêtre de Satisfecit.

Commandes :
</translation>
    </message>
    <message>
        <source>
Global options:
  --db PATH|URI      the store: a file (default: $SATISFECIT_DB, else %1),
                     or a server, postgresql://USER@HOST:PORT/DATABASE?sslmode=…
  --lang fr|en       language of messages and figures
  --format F         table, csv or json, for commands that print data
  -h, --help         this help; COMMAND --help for a command&apos;s options
  -v, --version      the version

Exit codes: 0 done, 1 bad command line, 2 invalid input file, 3 store error.
</source>
        <translation>
Options générales :
  --db CHEMIN|URI    la base : un fichier (par défaut : $SATISFECIT_DB, sinon %1),
                     ou un serveur, postgresql://UTILISATEUR@HÔTE:PORT/BASE?sslmode=…
  --lang fr|en       langue des messages et des chiffres
  --format F         table, csv ou json, pour les commandes qui affichent des données
  -h, --help         cette aide ; COMMANDE --help pour les options d&apos;une commande
  -v, --version      la version

Codes de sortie : 0 terminé, 1 ligne de commande incorrecte, 2 fichier d&apos;entrée invalide, 3 erreur de la base.
</translation>
    </message>
    <message>
        <source>The store: a file, or a server&apos;s postgresql:// URI.</source>
        <translation>La base : un fichier, ou l&apos;URI postgresql:// d&apos;un serveur.</translation>
    </message>
    <message>
        <source>%1 is for a store on a PostgreSQL server: give --db postgresql://…</source>
        <translation>%1 sert à une base sur un serveur PostgreSQL : indiquez --db postgresql://…</translation>
    </message>
    <message>
        <source>create or upgrade the store&apos;s tables on a PostgreSQL server (--db postgresql://…)</source>
        <translation>créer ou mettre à jour les tables de la base sur un serveur PostgreSQL (--db postgresql://…)</translation>
    </message>
    <message>
        <source>The store %1 is ready (schema %2).</source>
        <translation>La base %1 est prête (schéma %2).</translation>
    </message>
    <message>
        <source>on a server store: add, remove or list who may connect</source>
        <translation>sur une base serveur : ajouter, retirer ou lister qui peut se connecter</translation>
    </message>
    <message>
        <source>not allowed: %1</source>
        <translation>non autorisé : %1</translation>
    </message>
    <message>
        <source>server-user add takes --landlord CODE or --admin (one of them)</source>
        <translation>server-user add prend --landlord CODE ou --admin (l&apos;un des deux)</translation>
    </message>
    <message>
        <source>--landlord: expected a landlord code</source>
        <translation>--landlord : code de bailleur attendu</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin : aucun mot de passe sur l&apos;entrée standard</translation>
    </message>
    <message>
        <source>User %1 added: an administrator of the store.</source>
        <translation>Utilisateur %1 ajouté : administrateur de la base.</translation>
    </message>
    <message>
        <source>User %1 added: sees landlord %2 and the region, other landlords anonymous.</source>
        <translation>Utilisateur %1 ajouté : voit le bailleur %2 et la région, les autres bailleurs anonymes.</translation>
    </message>
    <message>
        <source>It has no password: set one with --password-stdin, or let the server authenticate it otherwise (certificates).</source>
        <translation>Il n&apos;a pas de mot de passe : en donner un avec --password-stdin, ou laisser le serveur l&apos;authentifier autrement (certificats).</translation>
    </message>
    <message>
        <source>The user sees this landlord&apos;s data.</source>
        <translation>L&apos;utilisateur voit les données de ce bailleur.</translation>
    </message>
    <message>
        <source>The user imports, deletes and sees everything.</source>
        <translation>L&apos;utilisateur importe, supprime et voit tout.</translation>
    </message>
    <message>
        <source>Read the new user&apos;s password from the first line of standard input.</source>
        <translation>Lire le mot de passe du nouvel utilisateur sur la première ligne de l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation>Utilisateur %1 retiré.</translation>
    </message>
    <message>
        <source>server-user takes add NAME (--landlord CODE | --admin), remove NAME or list</source>
        <translation>server-user prend add NOM (--landlord CODE | --admin), remove NOM ou list</translation>
    </message>
    <message>
        <source>not allowed: %1 is for the store&apos;s administrators; this user sees landlord %2 and the region only</source>
        <translation>non autorisé : %1 est réservé aux administrateurs de la base ; cet utilisateur ne voit que le bailleur %2 et la région</translation>
    </message>
    <message>
        <source>not allowed: the region&apos;s figures by %1 need every landlord&apos;s respondents; this user sees those of landlord %2 (add --landlord %2)</source>
        <translation>non autorisé : les résultats de la région par %1 demandent les répondants de tous les bailleurs ; cet utilisateur ne voit que ceux du bailleur %2 (ajouter --landlord %2)</translation>
    </message>
    <message>
        <source>not allowed: this user sees landlord %1 only, and the other landlords anonymously</source>
        <translation>non autorisé : cet utilisateur ne voit que le bailleur %1, et les autres bailleurs de façon anonyme</translation>
    </message>
    <message>
        <source>the roles and access rules of the store could not be set up: %1</source>
        <translation>les rôles et les règles d&apos;accès de la base n&apos;ont pas pu être mis en place : %1</translation>
    </message>
    <message>
        <source>the landlords&apos; summaries of the waves could not be written: %1</source>
        <translation>les résumés des vagues destinés aux bailleurs n&apos;ont pas pu être écrits : %1</translation>
    </message>
    <message>
        <source>the landlords&apos; designs of the waves could not be written: %1</source>
        <translation>les plans de sondage des vagues destinés aux bailleurs n&apos;ont pas pu être écrits : %1</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>required column &quot;%1&quot; is missing; the header has: %2</source>
        <translation>la colonne obligatoire « %1 » est absente ; l&apos;en-tête contient : %2</translation>
    </message>
    <message>
        <source>empty question code</source>
        <translation>code de question vide</translation>
    </message>
    <message>
        <source>question code &quot;%1&quot; appears twice</source>
        <translation>le code de question « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>empty theme for question %1</source>
        <translation>thème vide pour la question %1</translation>
    </message>
    <message>
        <source>empty French label for question %1</source>
        <translation>libellé français vide pour la question %1</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;: expected satisfaction4, yesno or single</source>
        <translation>type « %1 » : satisfaction4, yesno ou single attendu</translation>
    </message>
    <message>
        <source>global &quot;%1&quot;: expected 1 or empty</source>
        <translation>global « %1 » : 1 ou vide attendu</translation>
    </message>
    <message>
        <source>option &quot;%1&quot;: expected code=label with a unique code</source>
        <translation>option « %1 » : code=libellé attendu, avec un code unique</translation>
    </message>
    <message>
        <source>a single-choice question needs options code=label|code=label</source>
        <translation>une question à choix unique demande des options code=libellé|code=libellé</translation>
    </message>
    <message>
        <source>more than 250 options</source>
        <translation>plus de 250 options</translation>
    </message>
    <message>
        <source>options are only for single-choice questions</source>
        <translation>les options ne concernent que les questions à choix unique</translation>
    </message>
    <message>
        <source>the overall-satisfaction question must be of type satisfaction4</source>
        <translation>la question de satisfaction globale doit être de type satisfaction4</translation>
    </message>
    <message>
        <source>question %1 names itself as its parent</source>
        <translation>la question %1 se désigne elle-même comme parente</translation>
    </message>
    <message>
        <source>the codebook has no questions</source>
        <translation>le dictionnaire des questions ne contient aucune question</translation>
    </message>
    <message>
        <source>question %1 is marked global, as is the question on line %2; only one overall-satisfaction question is allowed</source>
        <translation>la question %1 est marquée globale, comme celle de la ligne %2 ; une seule question de satisfaction globale est permise</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>column %1 has no name in the header</source>
        <translation>la colonne %1 n&apos;a pas de nom dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold question %3</source>
        <translation>les colonnes %1 et %2 contiennent toutes deux la question %3</translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; (%2) and &quot;%3&quot; (%4) both give the %5</source>
        <translation>les colonnes « %1 » (%2) et « %3 » (%4) donnent toutes deux : %5</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>la colonne « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>required column &quot;%1&quot; is missing (also accepted: %2); the header has: %3</source>
        <translation>la colonne obligatoire « %1 » est absente (également acceptés : %2) ; l&apos;en-tête contient : %3</translation>
    </message>
    <message>
        <source>no column matches a question of the codebook (%1…); the header has: %2</source>
        <translation>aucune colonne ne correspond à une question du dictionnaire (%1…) ; l&apos;en-tête contient : %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; to drop is not in the file</source>
        <translation>la colonne « %1 » à écarter n&apos;est pas dans le fichier</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is needed for the import and cannot be dropped</source>
        <translation>la colonne « %1 » est nécessaire à l&apos;import et ne peut pas être écartée</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; to keep is not in the file</source>
        <translation>la colonne « %1 » à garder n&apos;est pas dans le fichier</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is both dropped and kept</source>
        <translation>la colonne « %1 » est à la fois écartée et gardée</translation>
    </message>
    <message>
        <source>the column name</source>
        <translation>le nom de colonne</translation>
    </message>
</context>
<context>
    <name>ColumnPlans</name>
    <message>
        <source>The 95% confidence interval: the score of all tenants lies within it, 19 times out of 20.</source>
        <translation>L&apos;intervalle de confiance à 95 % : la note de l&apos;ensemble des locataires s&apos;y trouve 19 fois sur 20.</translation>
    </message>
    <message>
        <source>Tenants who answered the question (valid answers).</source>
        <translation>Locataires ayant répondu à la question (réponses valides).</translation>
    </message>
    <message>
        <source>Effective base: the number of answers the precision is worth once the weights are taken into account.</source>
        <translation>Base effective : le nombre de réponses auquel équivaut la précision, une fois les poids pris en compte.</translation>
    </message>
    <message>
        <source>How closely the question goes with overall satisfaction (correlation, 0 to 1).</source>
        <translation>À quel point la question va de pair avec la satisfaction globale (corrélation, de 0 à 1).</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>What each column of the file holds, recognised from its name. Columns that are neither a known field nor a question are kept as segments for the filters.</source>
        <translation>Ce que contient chaque colonne du fichier, reconnu d&apos;après son nom. Les colonnes qui ne sont ni un champ connu ni une question sont gardées comme segments pour les filtres.</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>Identifiant du répondant</translation>
    </message>
    <message>
        <source>Wave year</source>
        <translation>Année de la vague</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Required column missing (also accepted: %1)</source>
        <translation>Colonne obligatoire absente (également acceptés : %1)</translation>
    </message>
    <message>
        <source>kept for the filters</source>
        <translation>gardée pour les filtres</translation>
    </message>
    <message>
        <source>checked against the year given, %1</source>
        <translation>vérifiée par rapport à l&apos;année indiquée, %1</translation>
    </message>
    <message>
        <source>weights &gt; 0</source>
        <translation>poids &gt; 0</translation>
    </message>
    <message>
        <source>absent: every respondent weighs 1</source>
        <translation>absent : chaque répondant pèse 1</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is:</source>
        <translation>Le fichier ne peut pas être importé en l&apos;état :</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) recognised</source>
        <translation>
            <numerusform>%n question reconnue</numerusform>
            <numerusform>%n questions reconnues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment column(s).</source>
        <translation>
            <numerusform>%n colonne de segment.</numerusform>
            <numerusform>%n colonnes de segment.</numerusform>
        </translation>
    </message>
    <message>
        <source>A regional survey draws each landlord&apos;s sample separately: the landlord is then a stratum, and the margins of error take it into account.</source>
        <translation>Une enquête régionale tire l&apos;échantillon de chaque bailleur séparément : le bailleur est alors une strate, et les marges d&apos;erreur en tiennent compte.</translation>
    </message>
    <message>
        <source>Sample design:</source>
        <translation>Plan de sondage :</translation>
    </message>
    <message>
        <source>Simple (no strata)</source>
        <translation>Simple (sans strates)</translation>
    </message>
    <message>
        <source>Stratified by landlord</source>
        <translation>Stratifié par bailleur</translation>
    </message>
    <message>
        <source>Stratified by %1</source>
        <translation>Stratifié par %1</translation>
    </message>
    <message numerus="yes">
        <source>Your file follows another questionnaire than the one chosen: none of its %Ln column(s) is one of its questions. Go back to the step Questionnaire and choose the questions dictionary delivered with the file.</source>
        <translation>
            <numerusform>Votre fichier suit un autre questionnaire que celui choisi : sa colonne n&apos;est aucune de ses questions. Revenez à l&apos;étape Questionnaire et choisissez le dictionnaire des questions livré avec le fichier.</numerusform>
            <numerusform>Votre fichier suit un autre questionnaire que celui choisi : aucune de ses %Ln colonnes n&apos;est une de ses questions. Revenez à l&apos;étape Questionnaire et choisissez le dictionnaire des questions livré avec le fichier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions of the questionnaire not in the file: %1.</source>
        <translation>Questions du questionnaire absentes du fichier : %1.</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Écartée</translation>
    </message>
    <message>
        <source>identifies tenants: dropped unless you keep it (next page)</source>
        <translation>identifie des locataires : écartée sauf si vous la gardez (page suivante)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connexion à un serveur</translation>
    </message>
    <message>
        <source>A store shared on a PostgreSQL server, as your IT department set it up. The password is asked for each time and never saved; left empty, it is read from your ~/.pgpass file.</source>
        <translation>Une base partagée sur un serveur PostgreSQL, telle que votre service informatique l&apos;a installée. Le mot de passe est demandé à chaque fois et jamais enregistré ; laissé vide, il est lu dans votre fichier ~/.pgpass.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.exemple.fr</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Chiffrée, certificat du serveur vérifié (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Chiffrée (require)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Chiffrée si le serveur le propose (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Non chiffrée (disable)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>C&amp;hiffrement :</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
</context>
<context>
    <name>DamageNotice</name>
    <message>
        <source>The store is damaged</source>
        <translation>La base est endommagée</translation>
    </message>
    <message>
        <source>The figures of this wave cannot be trusted and are not shown. Import the wave&apos;s file again to repair it: the damaged copy is replaced.</source>
        <translation>Les résultats de cette vague ne sont pas fiables et ne sont pas affichés. Importez de nouveau le fichier de la vague pour la réparer : la copie endommagée est remplacée.</translation>
    </message>
    <message>
        <source>Import the file again…</source>
        <translation>Importer de nouveau le fichier…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Delete the wave</source>
        <translation>Supprimer la vague</translation>
    </message>
    <message numerus="yes">
        <source>Delete the wave %1 %2 (%3, %n respondent(s))? Its answers and figures are removed from the store; the file %3 itself is not touched and can be imported again.</source>
        <translation>
            <numerusform>Supprimer la vague %1 %2 (%3, %n répondant) ? Ses réponses et résultats sont retirés de la base ; le fichier %3 lui-même n&apos;est pas modifié et peut être importé de nouveau.</numerusform>
            <numerusform>Supprimer la vague %1 %2 (%3, %n répondants) ? Ses réponses et résultats sont retirés de la base ; le fichier %3 lui-même n&apos;est pas modifié et peut être importé de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the demo data</source>
        <translation>Retirer les données de démonstration</translation>
    </message>
    <message>
        <source>Remove the demo waves and the demo published figures? Your own imports are kept.</source>
        <translation>Retirer les vagues et les résultats publiés de démonstration ? Vos propres imports sont conservés.</translation>
    </message>
    <message>
        <source>Surveys in the store</source>
        <translation>Enquêtes de la base</translation>
    </message>
    <message>
        <source>&amp;Import a survey…</source>
        <translation>&amp;Importer une enquête…</translation>
    </message>
    <message>
        <source>Import a &amp;codebook…</source>
        <translation>Importer un &amp;dictionnaire des questions…</translation>
    </message>
    <message>
        <source>Import &amp;published figures…</source>
        <translation>Importer des résultats &amp;publiés…</translation>
    </message>
    <message>
        <source>&amp;Delete the wave…</source>
        <translation>&amp;Supprimer la vague…</translation>
    </message>
    <message>
        <source>Remove the demo data…</source>
        <translation>Retirer les données de démonstration…</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the imported file: the same file always has the same fingerprint.</source>
        <translation>L&apos;empreinte SHA-256 du fichier importé : un même fichier a toujours la même empreinte.</translation>
    </message>
    <message>
        <source>&amp;Weighting…</source>
        <translation>&amp;Pondération…</translation>
    </message>
    <message>
        <source>Reserved for the store&apos;s administrators</source>
        <translation>Réservé aux administrateurs de la base</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>demo figures: %1</source>
        <translation>chiffres de démonstration : %1</translation>
    </message>
    <message>
        <source>demo wave: no temporary folder: %1</source>
        <translation>vague de démonstration : pas de dossier temporaire : %1</translation>
    </message>
    <message>
        <source>demo wave: cannot write %1: %2</source>
        <translation>vague de démonstration : impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>demo wave: %1</source>
        <translation>vague de démonstration : %1</translation>
    </message>
    <message>
        <source>Demo data loaded: a 2020 wave of %1 respondents and %2 published figures.</source>
        <translation>Données de démonstration chargées : une vague 2020 de %1 répondants et %2 chiffres publiés.</translation>
    </message>
    <message>
        <source>Demo figures loaded (%1); the store&apos;s own 2020 %2 wave was kept.</source>
        <translation>Chiffres de démonstration chargés (%1) ; la vague 2020 %2 de la base a été conservée.</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Answers by question</source>
        <translation>Réponses par question</translation>
    </message>
    <message>
        <source> (n &lt; 30)</source>
        <translation> (n &lt; 30)</translation>
    </message>
    <message>
        <source>% of valid answers (weighted)</source>
        <translation>% des réponses valides (pondéré)</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>Very satisfied</source>
        <translation>Très satisfait</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Plutôt satisfait</translation>
    </message>
    <message>
        <source>Fairly dissatisfied</source>
        <translation>Plutôt pas satisfait</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Pas du tout satisfait</translation>
    </message>
    <message numerus="yes">
        <source>Base too small: %n valid answer(s).</source>
        <translation>
            <numerusform>Effectif insuffisant : %n réponse valide.</numerusform>
            <numerusform>Effectif insuffisant : %n réponses valides.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 valid answers (weighted)</source>
        <translation>%1 : %2 des %3 réponses valides (pondéré)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
</context>
<context>
    <name>DriversChart</name>
    <message>
        <source>Improvement levers</source>
        <translation>Leviers d&apos;amélioration</translation>
    </message>
    <message>
        <source>Importance: correlation with overall satisfaction</source>
        <translation>Importance : corrélation avec la satisfaction globale</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Note /10</translation>
    </message>
    <message>
        <source>Medians (importance %1, score %2)</source>
        <translation>Médianes (importance %1, note %2)</translation>
    </message>
</context>
<context>
    <name>DriversModel</name>
    <message>
        <source>Priority lever</source>
        <translation>Levier prioritaire</translation>
    </message>
    <message>
        <source>Key strength</source>
        <translation>Point fort clé</translation>
    </message>
    <message>
        <source>Secondary weakness</source>
        <translation>Point faible secondaire</translation>
    </message>
    <message>
        <source>Secondary strength</source>
        <translation>Point fort secondaire</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Non classé</translation>
    </message>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>%1 — importance %2 (correlation with overall satisfaction over %3 tenants) · %4</source>
        <translation>%1 — importance %2 (corrélation avec la satisfaction globale sur %3 locataires) · %4</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Note /10</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Quadrant</source>
        <translation>Quadrant</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export the chart…</source>
        <translation>&amp;Exporter le graphique…</translation>
    </message>
    <message>
        <source>&amp;Copy the chart</source>
        <translation>&amp;Copier le graphique</translation>
    </message>
    <message>
        <source>Save the &amp;table for Excel…</source>
        <translation>Enregistrer le &amp;tableau pour Excel…</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Dossier du conseil</translation>
    </message>
    <message>
        <source>Writing the board pack…</source>
        <translation>Écriture du dossier du conseil…</translation>
    </message>
    <message>
        <source>The board pack was written to %1 in %2 s.</source>
        <translation>Le dossier du conseil a été écrit dans %1 en %2 s.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;L’ouvrir</translation>
    </message>
    <message>
        <source>Reports for every &amp;landlord…</source>
        <translation>Rapports pour chaque &amp;bailleur…</translation>
    </message>
    <message>
        <source>One board pack per landlord of the wave, written into a folder</source>
        <translation>Un dossier de synthèse par bailleur de la vague, écrit dans un dossier</translation>
    </message>
    <message>
        <source>&amp;Board pack (PDF or PowerPoint)…</source>
        <translation>&amp;Dossier du conseil (PDF ou PowerPoint)…</translation>
    </message>
    <message>
        <source>Every chart of the current selection with its table, key figures and method, in one A4 PDF or a 16:9 PowerPoint deck with editable charts</source>
        <translation>Tous les graphiques de la sélection avec leurs tableaux, les chiffres clés et la méthode, en un PDF A4 ou une présentation PowerPoint 16:9 aux graphiques modifiables</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <source>%1 wave, %2</source>
        <translation>vague %1, %2</translation>
    </message>
    <message>
        <source>all landlords</source>
        <translation>tous les bailleurs</translation>
    </message>
    <message>
        <source>landlord %1</source>
        <translation>bailleur %1</translation>
    </message>
    <message>
        <source>QPV tenants</source>
        <translation>locataires en QPV</translation>
    </message>
    <message>
        <source>tenants outside QPV</source>
        <translation>locataires hors QPV</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>insufficient</source>
        <translation>insuffisant</translation>
    </message>
    <message>
        <source>average</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>satisfaisant</translation>
    </message>
    <message>
        <source>base too small</source>
        <translation>effectif insuffisant</translation>
    </message>
    <message numerus="yes">
        <source>Base too small: %n valid answer(s); at least 30 are needed to show a score.</source>
        <translation>
            <numerusform>Effectif insuffisant : %n réponse valide ; il en faut au moins 30 pour afficher une note.</numerusform>
            <numerusform>Effectif insuffisant : %n réponses valides ; il en faut au moins 30 pour afficher une note.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 /10 (95% interval %2–%3) · %4 satisfied · n = %5 · effective n = %6</source>
        <translation>Note %1 /10 (IC 95 % %2–%3) · %4 de satisfaits · n = %5 · n effectif = %6</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>segment filter</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Sample design: no strata; standard errors by linearisation, each group a domain of its wave.</source>
        <translation>Plan de sondage : sans strates ; erreurs types par linéarisation, chaque groupe étant un domaine de sa vague.</translation>
    </message>
    <message>
        <source>Sample design: stratified by %1; standard errors by linearisation within strata, each group a domain of its wave.</source>
        <translation>Plan de sondage : stratifié par %1 ; erreurs types par linéarisation dans les strates, chaque groupe étant un domaine de sa vague.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>%1 — %2 (demo data)</source>
        <translation>%1 — %2 (données de démonstration)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Whole region</source>
        <translation>Toute la région</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Aucun segment</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>&amp;Wave</source>
        <translation>&amp;Vague</translation>
    </message>
    <message>
        <source>&amp;Landlord</source>
        <translation>&amp;Bailleur</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Quartier</translation>
    </message>
    <message>
        <source>S&amp;egment</source>
        <translation>S&amp;egment</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Tous les locataires</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>Outside QPV</source>
        <translation>Hors QPV</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Back to the latest wave, the whole region, all tenants, no segment (Ctrl+0)</source>
        <translation>Revenir à la dernière vague, à toute la région, à tous les locataires, sans segment (Ctrl+0)</translation>
    </message>
    <message>
        <source>With a segment, the figures are those of %1: this account cannot read the other landlords&apos; respondents</source>
        <translation>Avec un segment, les chiffres sont ceux de %1 : ce compte ne peut pas lire les répondants des autres bailleurs</translation>
    </message>
</context>
<context>
    <name>IdentifierColumns</name>
    <message>
        <source>its name</source>
        <translation>son nom</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>des numéros de téléphone</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>des adresses électroniques</translation>
    </message>
    <message>
        <source>a different value on nearly every row</source>
        <translation>une valeur différente sur presque chaque ligne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>« %1 » (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n column(s) that identify tenants, which Satisfecit does not keep: %1. Drop them, or keep one knowingly (the wave then records it)</source>
        <translation>
            <numerusform>le fichier contient %n colonne qui identifie des locataires, ce que Satisfecit ne conserve pas : %1. Écartez-la, ou gardez-la sciemment (la vague l&apos;enregistre alors)</numerusform>
            <numerusform>le fichier contient %n colonnes qui identifient des locataires, ce que Satisfecit ne conserve pas : %1. Écartez-les, ou gardez-en une sciemment (la vague l&apos;enregistre alors)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifierList</name>
    <message>
        <source>These columns identify tenants (personal data): Satisfecit does not keep them. Checked columns are dropped without being read into the store. Uncheck one only to keep it knowingly: the wave&apos;s notes will record it.</source>
        <translation>Ces colonnes identifient des locataires (données personnelles) : Satisfecit ne les conserve pas. Les colonnes cochées sont écartées sans être lues dans le stockage. Ne décochez une colonne que pour la garder sciemment : les remarques de la vague l&apos;enregistreront.</translation>
    </message>
    <message>
        <source>Kept knowingly, and recorded in the wave&apos;s notes: %1.</source>
        <translation>Gardées sciemment, et notées dans les remarques de la vague : %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <source>Table files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Fichiers de tableau (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(more errors not shown)</source>
        <translation>(autres erreurs non affichées)</translation>
    </message>
    <message>
        <source>&amp;Copy the errors</source>
        <translation>&amp;Copier les erreurs</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translation>Importer un dictionnaire des questions</translation>
    </message>
    <message>
        <source>%1 cannot be imported as a codebook. Nothing was written to the store.</source>
        <translation>%1 ne peut pas être importé comme dictionnaire des questions. Rien n&apos;a été écrit dans la base.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n question(s) from %1.</source>
        <translation>
            <numerusform>%n question enregistrée depuis %1.</numerusform>
            <numerusform>%n questions enregistrées depuis %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import published figures</source>
        <translation>Importer des résultats publiés</translation>
    </message>
    <message>
        <source>%1 cannot be imported as published figures. Nothing was written to the store.</source>
        <translation>%1 ne peut pas être importé comme résultats publiés. Rien n&apos;a été écrit dans la base.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n published figure(s) from %1.</source>
        <translation>
            <numerusform>%n résultat publié enregistré depuis %1.</numerusform>
            <numerusform>%n résultats publiés enregistrés depuis %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Arrêter l&apos;import</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The wave is written in one step: if the import stops, the store is left as it was.</source>
        <translation>La vague est écrite en une seule fois : si l&apos;import s&apos;arrête, la base reste telle qu&apos;elle était.</translation>
    </message>
    <message>
        <source>Replacing the wave with %1…</source>
        <translation>Remplacement de la vague par %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importé.</translation>
    </message>
    <message>
        <source>Replace the wave</source>
        <translation>Remplacer la vague</translation>
    </message>
    <message numerus="yes">
        <source>Replace the wave %1 %2 (file %3, %Ln respondent(s))?</source>
        <translation>
            <numerusform>Remplacer la vague %1 %2 (fichier %3, %Ln répondant) ?</numerusform>
            <numerusform>Remplacer la vague %1 %2 (fichier %3, %Ln répondants) ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its answers and figures will be replaced by those of %1. If you answer No, nothing changes.</source>
        <translation>Ses réponses et résultats seront remplacés par ceux de %1. Si vous répondez Non, rien ne change.</translation>
    </message>
    <message>
        <source>Nothing was imported: the wave %1 %2 was kept.</source>
        <translation>Rien n&apos;a été importé : la vague %1 %2 a été conservée.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2, as the wave %3 %4. Nothing was imported.</source>
        <translation>%1 a déjà été importé le %2, comme vague %3 %4. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The store could not be written, nothing was imported: %1</source>
        <translation>La base n&apos;a pas pu être écrite, rien n&apos;a été importé : %1</translation>
    </message>
    <message>
        <source>The file has problems (did it change since it was checked?). Nothing was imported.</source>
        <translation>Le fichier comporte des problèmes (a-t-il changé depuis la vérification ?). Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Import a survey</source>
        <translation>Importer une enquête</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p&#x202f;%</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a survey</source>
        <translation>Importer une enquête</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Survey files (*.csv *.tsv *.txt *.xlsx *.sav *.zsav);;All files (*)</source>
        <translation>Fichiers d&apos;enquête (*.csv *.tsv *.txt *.xlsx *.sav *.zsav);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>LandlordBatch</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1 : dossier introuvable</translation>
    </message>
    <message>
        <source>%1 is not a folder: --each-landlord writes one file per landlord into a folder</source>
        <translation>%1 n’est pas un dossier : --each-landlord écrit un fichier par bailleur dans un dossier</translation>
    </message>
    <message>
        <source>%1: cannot write into this folder</source>
        <translation>%1 : impossible d’écrire dans ce dossier</translation>
    </message>
    <message>
        <source>the wave has no landlord to report on</source>
        <translation>la vague ne compte aucun bailleur</translation>
    </message>
    <message>
        <source>two landlords would share the file name %1</source>
        <translation>deux bailleurs auraient le même nom de fichier %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a file</source>
        <translation>%1 existe et n’est pas un fichier</translation>
    </message>
    <message>
        <source>the report of %1 failed, no report written: %2</source>
        <translation>le rapport de %1 a échoué, aucun rapport écrit : %2</translation>
    </message>
    <message>
        <source>cancelled: no report written</source>
        <translation>annulé : aucun rapport écrit</translation>
    </message>
    <message>
        <source>cannot replace %1, no report written</source>
        <translation>impossible de remplacer %1, aucun rapport écrit</translation>
    </message>
    <message>
        <source>cannot write %1, no report written</source>
        <translation>impossible d’écrire %1, aucun rapport écrit</translation>
    </message>
</context>
<context>
    <name>LandlordBatchDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Write the reports</source>
        <translation>&amp;Écrire les rapports</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Reports for every landlord</source>
        <translation>Rapports pour chaque bailleur</translation>
    </message>
    <message>
        <source>Anonymous: the other landlords as &quot;Landlord A&quot;, &quot;Landlord B&quot;…</source>
        <translation>Anonymes : les autres bailleurs en « Bailleur A », « Bailleur B »…</translation>
    </message>
    <message>
        <source>Named: for the union&apos;s internal use</source>
        <translation>Nommés : pour l’usage interne de l’union</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>&amp;Other landlords:</source>
        <translation>&amp;Autres bailleurs :</translation>
    </message>
    <message>
        <source>One board pack per landlord of the wave, each named after its landlord. The files appear only when every report is written.</source>
        <translation>Un dossier de synthèse par bailleur de la vague, chacun au nom de son bailleur. Les fichiers n’apparaissent que lorsque tous les rapports sont écrits.</translation>
    </message>
    <message>
        <source>Folder of the reports</source>
        <translation>Dossier des rapports</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report(s)…</source>
        <translation>
            <numerusform>Écriture de %n rapport…</numerusform>
            <numerusform>Écriture de %n rapports…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Annulé : aucun rapport n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>%n rapport écrit dans %1.</numerusform>
            <numerusform>%n rapports écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>LandlordsPage</name>
    <message numerus="yes">
        <source>%n landlord(s) with fewer than 30 valid answers: not shown in the chart, listed in the table.</source>
        <translation>
            <numerusform>%n bailleur avec moins de 30 réponses valides : absent du graphique, listé dans le tableau.</numerusform>
            <numerusform>%n bailleurs avec moins de 30 réponses valides : absents du graphique, listés dans le tableau.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question :</translation>
    </message>
</context>
<context>
    <name>LeversPage</name>
    <message>
        <source>%1. %2 (%3)
importance %4 · score %5</source>
        <translation>%1. %2 (%3)
importance %4 · note %5</translation>
    </message>
    <message>
        <source>No priority lever: every important question scores above the median.</source>
        <translation>Aucun levier prioritaire : chaque question importante a une note au-dessus de la médiane.</translation>
    </message>
    <message>
        <source>Priority levers: important to overall satisfaction and scored below the median</source>
        <translation>Leviers prioritaires : importants pour la satisfaction globale et notés sous la médiane</translation>
    </message>
    <message>
        <source>Too few respondents in this selection (fewer than 30 answers per question): no driver analysis.</source>
        <translation>Trop peu de répondants dans cette sélection (moins de 30 réponses par question) : pas d&apos;analyse des leviers.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Satisfecit — %1</source>
        <translation>Satisfecit — %1</translation>
    </message>
    <message>
        <source>Satisfecit</source>
        <translation>Satisfecit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open a store…</source>
        <translation>&amp;Ouvrir une base…</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>Bases &amp;récentes</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Satisfecit</source>
        <translation>À &amp;propos de Satisfecit</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Impossible d&apos;ouvrir la base</translation>
    </message>
    <message>
        <source>Store %1 opened</source>
        <translation>Base %1 ouverte</translation>
    </message>
    <message>
        <source>Open or create a store</source>
        <translation>Ouvrir ou créer une base</translation>
    </message>
    <message>
        <source>Satisfecit stores (*.sqlite);;All files (*)</source>
        <translation>Bases Satisfecit (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Satisfecit</source>
        <translation>À propos de Satisfecit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Satisfecit %1&lt;/h3&gt;&lt;p&gt;Tenant-satisfaction surveys of social housing: weighted scores, QPV comparisons, trends since 2004, benchmarks and board packs.&lt;/p&gt;&lt;p&gt;Your survey files stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satisfecit %1&lt;/h3&gt;&lt;p&gt;Enquêtes de satisfaction des locataires du logement social : notes pondérées, comparaisons QPV, évolutions depuis 2004, comparaisons entre bailleurs et dossiers pour le conseil d&apos;administration.&lt;/p&gt;&lt;p&gt;Vos fichiers d&apos;enquête restent sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Évolutions</translation>
    </message>
    <message>
        <source>Landlords</source>
        <translation>Bailleurs</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Leviers</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>&amp;Import a survey…</source>
        <translation>&amp;Importer une enquête…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Load the demo data</source>
        <translation>Charger les données de démonstration</translation>
    </message>
    <message>
        <source>Import a &amp;questions dictionary…</source>
        <translation>Importer un &amp;dictionnaire des questions…</translation>
    </message>
    <message>
        <source>Import &amp;published results…</source>
        <translation>Importer des résultats &amp;publiés…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>&amp;Réinitialiser les filtres</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <source>The file has no weights: every respondent counts the same. Weight the wave to population counts (by landlord, QPV, type of housing…) now?</source>
        <translation>Le fichier n&apos;a pas de poids : chaque répondant compte autant. Redresser maintenant la vague sur les effectifs de la population (par bailleur, QPV, type d&apos;habitat…) ?</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <source>The server no longer answers (%1)</source>
        <translation>Le serveur ne répond plus (%1)</translation>
    </message>
    <message>
        <source>The server answers again (%1)</source>
        <translation>Le serveur répond de nouveau (%1)</translation>
    </message>
</context>
<context>
    <name>MarginsChart</name>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Sample, file&apos;s weights</source>
        <translation>Échantillon, poids du fichier</translation>
    </message>
    <message>
        <source>Sample, raked</source>
        <translation>Échantillon redressé</translation>
    </message>
    <message>
        <source>% of the total</source>
        <translation>% du total</translation>
    </message>
</context>
<context>
    <name>MarginsReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>required column &quot;%1&quot; is missing; the header has: %2</source>
        <translation>la colonne obligatoire « %1 » est absente ; l&apos;en-tête contient : %2</translation>
    </message>
    <message>
        <source>empty variable: expected bailleur, qpv or a segment column</source>
        <translation>variable vide : attendu bailleur, qpv ou une colonne de segment</translation>
    </message>
    <message>
        <source>qpv value &quot;%1&quot;: expected 1 or 0</source>
        <translation>valeur qpv « %1 » : attendu 1 ou 0</translation>
    </message>
    <message>
        <source>count &quot;%1&quot;: expected a number above 0</source>
        <translation>effectif « %1 » : attendu un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is already given on line %3</source>
        <translation>%1 = « %2 » figure déjà ligne %3</translation>
    </message>
</context>
<context>
    <name>MyLandlord</name>
    <message>
        <source>&amp;My organisation…</source>
        <translation>&amp;Mon organisme…</translation>
    </message>
    <message>
        <source>The landlord the window opens on, compared with the region</source>
        <translation>Le bailleur sur lequel la fenêtre s’ouvre, comparé à la région</translation>
    </message>
    <message>
        <source>None: open on the whole region</source>
        <translation>Aucun : ouvrir sur toute la région</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>Mon organisme</translation>
    </message>
    <message>
        <source>The window opens on this landlord, beside the region:</source>
        <translation>La fenêtre s’ouvre sur ce bailleur, à côté de la région :</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overall satisfaction</source>
        <translation>Satisfaction globale</translation>
    </message>
    <message>
        <source>%1 /10</source>
        <translation>%1 /10</translation>
    </message>
    <message>
        <source>%1 · 95% interval %2–%3</source>
        <translation>%1 · IC 95 % %2–%3</translation>
    </message>
    <message>
        <source>Satisfied tenants</source>
        <translation>Locataires satisfaits</translation>
    </message>
    <message>
        <source>very or fairly satisfied overall</source>
        <translation>très ou plutôt satisfaits dans l&apos;ensemble</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>no sufficient base for this selection</source>
        <translation>effectif insuffisant pour cette sélection</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1 : %2 · %3</translation>
    </message>
    <message>
        <source>Strongest theme</source>
        <translation>Thème le mieux noté</translation>
    </message>
    <message>
        <source>Weakest theme</source>
        <translation>Thème le moins bien noté</translation>
    </message>
    <message>
        <source>Largest QPV gap</source>
        <translation>Plus grand écart QPV</translation>
    </message>
    <message>
        <source>%1: QPV %2, outside QPV %3 · %4</source>
        <translation>%1 : QPV %2, hors QPV %3 · %4</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significatif</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>non significatif</translation>
    </message>
    <message>
        <source>QPV or outside QPV base too small</source>
        <translation>effectif QPV ou hors QPV insuffisant</translation>
    </message>
    <message>
        <source>no previous wave of this scope</source>
        <translation>pas de vague précédente pour ce périmètre</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>significant change</source>
        <translation>évolution significative</translation>
    </message>
    <message>
        <source>within the margin of error</source>
        <translation>dans la marge d&apos;erreur</translation>
    </message>
    <message>
        <source>Biggest rise since %1</source>
        <translation>Plus forte hausse depuis %1</translation>
    </message>
    <message>
        <source>Biggest rise</source>
        <translation>Plus forte hausse</translation>
    </message>
    <message>
        <source>Biggest fall since %1</source>
        <translation>Plus forte baisse depuis %1</translation>
    </message>
    <message>
        <source>Biggest fall</source>
        <translation>Plus forte baisse</translation>
    </message>
    <message>
        <source>valid answers to the overall question</source>
        <translation>réponses valides à la question globale</translation>
    </message>
    <message>
        <source>Effective base (Kish): %1 — the number of unweighted answers that would give the same precision once the weights are taken into account.</source>
        <translation>Base effective (Kish) : %1 — le nombre de réponses non pondérées qui donneraient la même précision, une fois les poids pris en compte.</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>cannot connect to the server store, %1: %2</source>
        <translation>impossible de se connecter à la base sur le serveur, %1 : %2</translation>
    </message>
    <message>
        <source>%1 has a schema %2 that is not a Satisfecit store</source>
        <translation>%1 contient un schéma %2 qui n&apos;est pas une base Satisfecit</translation>
    </message>
    <message>
        <source>%1 is not a Satisfecit store: it has no schema version</source>
        <translation>%1 n&apos;est pas une base Satisfecit : elle n&apos;a pas de version de schéma</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer version of Satisfecit (schema %2; this version knows up to %3); update Satisfecit to open it</source>
        <translation>la base %1 a été écrite par une version plus récente de Satisfecit (schéma %2 ; cette version connaît jusqu&apos;au %3) ; mettez Satisfecit à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>%1 holds no Satisfecit store yet; an administrator creates it with: satisfecit --db %2 server-init</source>
        <translation>%1 ne contient pas encore de base Satisfecit ; un administrateur la crée avec : satisfecit --db %2 server-init</translation>
    </message>
    <message>
        <source>the store %1 has an older schema (%2; this version needs %3); an administrator upgrades it with: satisfecit --db %4 server-init</source>
        <translation>la base %1 a un schéma plus ancien (%2 ; cette version demande %3) ; un administrateur la met à jour avec : satisfecit --db %4 server-init</translation>
    </message>
    <message>
        <source>the server of the store %1 cannot be reached (%2); nothing was changed. Check the network, or ask your IT department whether the server is running</source>
        <translation>le serveur de la base %1 ne répond pas (%2) ; rien n&apos;a été modifié. Vérifiez le réseau, ou demandez à votre service informatique si le serveur fonctionne</translation>
    </message>
    <message>
        <source>your user on %1 may not do this (%2)</source>
        <translation>votre utilisateur sur %1 n&apos;a pas le droit de faire cela (%2)</translation>
    </message>
    <message>
        <source>the store %1 is busy with another user&apos;s change; try again</source>
        <translation>la base %1 est occupée par la modification d&apos;un autre utilisateur ; réessayez</translation>
    </message>
    <message>
        <source>the store %1 is read-only: nothing can be written to it</source>
        <translation>la base %1 est en lecture seule : rien ne peut y être écrit</translation>
    </message>
    <message>
        <source>the disk of the server holding %1 is full: nothing was written</source>
        <translation>le disque du serveur qui contient %1 est plein : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the server of the store %1 stopped the operation (%2); nothing was changed</source>
        <translation>le serveur de la base %1 a interrompu l&apos;opération (%2) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>the store could not carry out this operation and nothing was changed (technical detail from PostgreSQL: %1)</source>
        <translation>la base n&apos;a pas pu effectuer cette opération et rien n&apos;a été modifié (détail technique de PostgreSQL : %1)</translation>
    </message>
</context>
<context>
    <name>Pptx</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>95% interval, low</source>
        <translation>IC 95 % bas</translation>
    </message>
    <message>
        <source>95% interval, high</source>
        <translation>IC 95 % haut</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>Cannot write the chart&apos;s workbook</source>
        <translation>Impossible d&apos;écrire le classeur du graphique</translation>
    </message>
    <message>
        <source>Cannot write the chart&apos;s workbook: %1</source>
        <translation>Impossible d&apos;écrire le classeur du graphique : %1</translation>
    </message>
    <message>
        <source>Cannot read the chart&apos;s workbook: %1</source>
        <translation>Impossible de relire le classeur du graphique : %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>* significant gap (95%)</source>
        <translation>* écart significatif (95 %)</translation>
    </message>
    <message>
        <source>* significant at 95%</source>
        <translation>* significatif à 95 %</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (tableau)</translation>
    </message>
    <message>
        <source>%1: no rank, fewer than 30 answers to the overall question</source>
        <translation>%1 : pas de rang, moins de 30 réponses à la question de satisfaction globale</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage :</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur :</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Check that the columns are split and the accents read correctly. If not, choose another encoding or delimiter.</source>
        <translation>Vérifiez que les colonnes sont bien séparées et les accents bien lus. Sinon, choisissez un autre encodage ou séparateur.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <source>; semicolon</source>
        <translation>; point-virgule</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>| vertical bar</source>
        <translation>| barre verticale</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu : %1</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>choisi</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>détecté</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2). Delimiter: %3 (%4).</source>
        <translation>Encodage : %1 (%2). Séparateur : %3 (%4).</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Sheet: %1 (%2).</source>
        <translation>Feuille : %1 (%2).</translation>
    </message>
    <message>
        <source>SPSS file: answers are shown with their value labels.</source>
        <translation>Fichier SPSS : les réponses sont affichées avec leurs étiquettes de valeurs.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n colonne</numerusform>
            <numerusform>%n colonnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n ligne.</numerusform>
            <numerusform>%n lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n rows are shown.</source>
        <translation>
            <numerusform>la première ligne est affichée.</numerusform>
            <numerusform>les %n premières lignes sont affichées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem further on: %1</source>
        <translation>Problème plus loin : %1</translation>
    </message>
</context>
<context>
    <name>PublishedReader</name>
    <message>
        <source>required column &quot;%1&quot; is missing; the header has: %2</source>
        <translation>la colonne obligatoire « %1 » est absente ; l&apos;en-tête contient : %2</translation>
    </message>
    <message>
        <source>year &quot;%1&quot;: expected a year between 1990 and 2100</source>
        <translation>année « %1 » : une année entre 1990 et 2100 est attendue</translation>
    </message>
    <message>
        <source>empty scope (perimetre)</source>
        <translation>périmètre vide</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is not in the codebook</source>
        <translation>la question « %1 » n&apos;est pas dans le dictionnaire</translation>
    </message>
    <message>
        <source>empty segment: expected ensemble, qpv, hors_qpv or a landlord code</source>
        <translation>segment vide : ensemble, qpv, hors_qpv ou un code de bailleur attendu</translation>
    </message>
    <message>
        <source>score &quot;%1&quot;: expected a number from 0 to 10</source>
        <translation>note « %1 » : un nombre de 0 à 10 est attendu</translation>
    </message>
    <message>
        <source>percentage &quot;%1&quot;: expected a number from 0 to 100</source>
        <translation>pourcentage « %1 » : un nombre de 0 à 100 est attendu</translation>
    </message>
    <message>
        <source>count &quot;%1&quot;: expected a whole number</source>
        <translation>effectif « %1 » : un nombre entier est attendu</translation>
    </message>
    <message>
        <source>illustratif: expected 1, 0 or empty</source>
        <translation>illustratif : 1, 0 ou vide attendu</translation>
    </message>
    <message>
        <source>a score is required for question %1</source>
        <translation>une note est requise pour la question %1</translation>
    </message>
    <message>
        <source>option is only for yes/no and single-choice questions</source>
        <translation>option ne concerne que les questions oui/non et à choix unique</translation>
    </message>
    <message>
        <source>question %1 has no score: give the share of an option in pct_satisfaits</source>
        <translation>la question %1 n&apos;a pas de note : donnez la part d&apos;une option dans pct_satisfaits</translation>
    </message>
    <message>
        <source>a share is required for question %1</source>
        <translation>une part est requise pour la question %1</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is not an option of question %2</source>
        <translation>« %1 » n&apos;est pas une option de la question %2</translation>
    </message>
    <message>
        <source>this figure (%1 %2 %3 %4) appears twice</source>
        <translation>ce résultat (%1 %2 %3 %4) apparaît deux fois</translation>
    </message>
    <message>
        <source>the file has no figures</source>
        <translation>le fichier ne contient aucun résultat</translation>
    </message>
</context>
<context>
    <name>QpvChart</name>
    <message>
        <source>QPV and outside QPV</source>
        <translation>QPV et hors QPV</translation>
    </message>
    <message>
        <source> (n &lt; 30)</source>
        <translation> (n &lt; 30)</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>écart %1</translation>
    </message>
    <message>
        <source>✱ significant gap (95%)</source>
        <translation>✱ écart significatif (95 %)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>QpvComparisonModel</name>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Outside QPV: %1</source>
        <translation>Hors QPV : %1</translation>
    </message>
    <message>
        <source>QPV: %1</source>
        <translation>QPV : %1</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>Outside QPV</source>
        <translation>Hors QPV</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significatif</translation>
    </message>
    <message>
        <source>n QPV</source>
        <translation>n QPV</translation>
    </message>
    <message>
        <source>n outside QPV</source>
        <translation>n hors QPV</translation>
    </message>
    <message>
        <source>Region QPV</source>
        <translation>Région QPV</translation>
    </message>
    <message>
        <source>Region outside QPV</source>
        <translation>Région hors QPV</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>satisfaction (4 answers)</source>
        <translation>satisfaction (4 réponses)</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>oui / non</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>choix unique</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Choose a &amp;questions dictionary…</source>
        <translation>Choisir un &amp;dictionnaire des questions…</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Which questions the columns of your file answer: the questionnaire already known to Satisfecit, or the questions dictionary (codebook) your provider delivered with the file.</source>
        <translation>À quelles questions répondent les colonnes de votre fichier : le questionnaire déjà connu de Satisfecit, ou le dictionnaire des questions (codebook) livré par votre prestataire avec le fichier.</translation>
    </message>
    <message>
        <source>%1 is not a questions dictionary Satisfecit can read: %2</source>
        <translation>%1 n&apos;est pas un dictionnaire des questions que Satisfecit sait lire : %2</translation>
    </message>
    <message>
        <source>%1 holds no question.</source>
        <translation>%1 ne contient aucune question.</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire already in Satisfecit (%Ln question(s))</source>
        <translation>
            <numerusform>Le questionnaire déjà dans Satisfecit (%Ln question)</numerusform>
            <numerusform>Le questionnaire déjà dans Satisfecit (%Ln questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>The questions dictionary delivered with the file</source>
        <translation>Le dictionnaire des questions livré avec le fichier</translation>
    </message>
    <message>
        <source>No dictionary was found beside %1: choose one if your provider sent it.</source>
        <translation>Aucun dictionnaire trouvé à côté de %1 : choisissez-le si votre prestataire l&apos;a envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %Ln question(s)</source>
        <translation>
            <numerusform>%1 · %Ln question</numerusform>
            <numerusform>%1 · %Ln questions</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a questions dictionary that can be read.</source>
        <translation>Choisissez un dictionnaire des questions lisible.</translation>
    </message>
    <message numerus="yes">
        <source>Your file follows another questionnaire than this one: none of its %Ln column(s) is one of its questions. Choose the questions dictionary (codebook) your provider delivered with the file.</source>
        <translation>
            <numerusform>Votre fichier suit un autre questionnaire que celui-ci : sa colonne n&apos;est aucune de ses questions. Choisissez le dictionnaire des questions (codebook) livré par votre prestataire avec le fichier.</numerusform>
            <numerusform>Votre fichier suit un autre questionnaire que celui-ci : aucune de ses %Ln colonnes n&apos;est une de ses questions. Choisissez le dictionnaire des questions (codebook) livré par votre prestataire avec le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) of your file answer questions of this questionnaire.</source>
        <translation>
            <numerusform>%Ln colonne de votre fichier répond à une question de ce questionnaire.</numerusform>
            <numerusform>%Ln colonnes de votre fichier répondent à des questions de ce questionnaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other columns are kept to filter the results: %1.</source>
        <translation>Les autres colonnes sont gardées pour filtrer les résultats : %1.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Kind of question</source>
        <translation>Type de question</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>Dans votre fichier</translation>
    </message>
    <message>
        <source>In Satisfecit</source>
        <translation>Dans Satisfecit</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connue</translation>
    </message>
    <message>
        <source>new question</source>
        <translation>nouvelle question</translation>
    </message>
    <message>
        <source>known, kind changes</source>
        <translation>connue, son type change</translation>
    </message>
    <message>
        <source>known, updated</source>
        <translation>connue, mise à jour</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Choose a questions dictionary</source>
        <translation>Choisir un dictionnaire des questions</translation>
    </message>
    <message>
        <source>Questions dictionary (*.csv);;All files (*)</source>
        <translation>Dictionnaire des questions (*.csv);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Landlords</source>
        <translation>Bailleurs</translation>
    </message>
    <message>
        <source>Landlords: %1</source>
        <translation>Bailleurs : %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Région : %1</translation>
    </message>
    <message>
        <source>Peer median: %1</source>
        <translation>Médiane des bailleurs : %1</translation>
    </message>
    <message>
        <source>Peer quartiles %1–%2</source>
        <translation>Quartiles des bailleurs %1–%2</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>IC 95 %</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>above</source>
        <translation>au-dessus</translation>
    </message>
    <message>
        <source>below</source>
        <translation>en dessous</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Note /10</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>IC 95 % bas</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>IC 95 % haut</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Effective n</source>
        <translation>n effectif</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>vs other landlords</source>
        <translation>vs autres bailleurs</translation>
    </message>
</context>
<context>
    <name>RegionBeside</name>
    <message>
        <source>Region %1</source>
        <translation>Région %1</translation>
    </message>
    <message>
        <source>Region %1 · gap %2</source>
        <translation>Région %1 · écart %2</translation>
    </message>
</context>
<context>
    <name>RespondentImporter</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 as the wave %3 %4</source>
        <translation>%1 a déjà été importé le %2 comme vague %3 %4</translation>
    </message>
    <message>
        <source>import cancelled: nothing was written</source>
        <translation>import annulé : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the store already has the wave %1 %2 (%3, %4 respondents); replace it to import this file</source>
        <translation>la base contient déjà la vague %1 %2 (%3, %4 répondants) ; remplacez-la pour importer ce fichier</translation>
    </message>
    <message>
        <source>the sample design&apos;s stratum column %1 is not in the file: expected the landlord column or one of the other columns (%2)</source>
        <translation>la colonne de strates %1 du plan de sondage n&apos;est pas dans le fichier : la colonne du bailleur ou l&apos;une des autres colonnes (%2) est attendue</translation>
    </message>
    <message>
        <source>the sample design&apos;s stratum column %1 is not in the file: expected the landlord column (bailleur)</source>
        <translation>la colonne de strates %1 du plan de sondage n&apos;est pas dans le fichier : la colonne du bailleur (bailleur) est attendue</translation>
    </message>
    <message>
        <source>Kept at import although they may identify tenants: %1.</source>
        <translation>Gardées à l&apos;import bien qu&apos;elles puissent identifier des locataires : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) of this file have an id already in the wave %1 %2 (%3)</source>
        <translation>
            <numerusform>%n répondant de ce fichier a un identifiant déjà présent dans la vague %1 %2 (%3)</numerusform>
            <numerusform>%n répondants de ce fichier ont un identifiant déjà présent dans la vague %1 %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>the wave %1 %2 is damaged in the store; replace it with %3 to repair it</source>
        <translation>la vague %1 %2 est endommagée dans la base ; remplacez-la par %3 pour la réparer</translation>
    </message>
</context>
<context>
    <name>RespondentParser</name>
    <message>
        <source>empty respondent id</source>
        <translation>identifiant de répondant vide</translation>
    </message>
    <message>
        <source>respondent id %1 contains a line break</source>
        <translation>l&apos;identifiant de répondant %1 contient un saut de ligne</translation>
    </message>
    <message>
        <source>respondent id %1 already used on line %2</source>
        <translation>identifiant de répondant %1 déjà utilisé ligne %2</translation>
    </message>
    <message>
        <source>year %1: expected a year between 1990 and 2100</source>
        <translation>année %1 : une année entre 1990 et 2100 est attendue</translation>
    </message>
    <message>
        <source>year %1 differs from %2 on line %3: a file holds one wave</source>
        <translation>l&apos;année %1 diffère de %2 (ligne %3) : un fichier contient une seule vague</translation>
    </message>
    <message>
        <source>year %1 differs from the year given for the import, %2</source>
        <translation>l&apos;année %1 diffère de l&apos;année indiquée pour l&apos;import, %2</translation>
    </message>
    <message>
        <source>empty landlord</source>
        <translation>bailleur vide</translation>
    </message>
    <message>
        <source>more than %1 landlords</source>
        <translation>plus de %1 bailleurs</translation>
    </message>
    <message>
        <source>QPV value %1: expected 1/0, oui/non, yes/no, true/false or QPV/hors QPV</source>
        <translation>valeur QPV %1 : 1/0, oui/non, yes/no, true/false ou QPV/hors QPV attendu</translation>
    </message>
    <message>
        <source>weight %1: expected a number greater than 0 (1,25 or 1.25)</source>
        <translation>poids %1 : un nombre supérieur à 0 est attendu (1,25 ou 1.25)</translation>
    </message>
    <message>
        <source>answer %1 to %2: expected %3</source>
        <translation>réponse %1 à %2 : attendu %3</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has more than %2 different values: it cannot be a segment</source>
        <translation>la colonne « %1 » a plus de %2 valeurs différentes : elle ne peut pas servir de segment</translation>
    </message>
    <message>
        <source>the file has a header but no respondents</source>
        <translation>le fichier a un en-tête mais aucun répondant</translation>
    </message>
    <message>
        <source>the wave&apos;s year is not in the file: give it</source>
        <translation>l&apos;année de la vague n&apos;est pas dans le fichier : indiquez-la</translation>
    </message>
    <message>
        <source>the respondent id</source>
        <translation>l&apos;identifiant du répondant</translation>
    </message>
    <message>
        <source>the landlord</source>
        <translation>le bailleur</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>la valeur de %1</translation>
    </message>
</context>
<context>
    <name>SavReader</name>
    <message>
        <source>the file declares %1 cases; at most %2 are accepted</source>
        <translation>le fichier déclare %1 observations ; %2 au plus sont acceptées</translation>
    </message>
    <message>
        <source>the file declares %1 cases of %2 variables; at most %3 values are accepted</source>
        <translation>le fichier déclare %1 observations de %2 variables ; %3 valeurs au plus sont acceptées</translation>
    </message>
    <message>
        <source>variable %1 is out of order</source>
        <translation>la variable %1 est hors séquence</translation>
    </message>
    <message>
        <source>case %1 has %2 values instead of %3</source>
        <translation>l&apos;observation %1 a %2 valeurs au lieu de %3</translation>
    </message>
    <message>
        <source>case %1 is out of order</source>
        <translation>l&apos;observation %1 est hors séquence</translation>
    </message>
    <message>
        <source>the file has more than %1 cases</source>
        <translation>le fichier a plus de %1 observations</translation>
    </message>
    <message>
        <source>case %1: value of variable %2 is out of order</source>
        <translation>observation %1 : valeur de la variable %2 hors séquence</translation>
    </message>
    <message>
        <source>the file has more than %1 values</source>
        <translation>le fichier a plus de %1 valeurs</translation>
    </message>
    <message>
        <source>the decoded values exceed %1 MiB</source>
        <translation>les valeurs décodées dépassent %1 Mio</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: %2</source>
        <translation>impossible de lire le fichier SPSS %1 : %2</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: it has no variables</source>
        <translation>impossible de lire le fichier SPSS %1 : il n&apos;a aucune variable</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: the last case is incomplete (truncated file?)</source>
        <translation>impossible de lire le fichier SPSS %1 : la dernière observation est incomplète (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: it declares %2 cases but holds %3 (truncated file?)</source>
        <translation>impossible de lire le fichier SPSS %1 : il déclare %2 observations mais en contient %3 (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: it is damaged or is not an SPSS file (technical detail from ReadStat: %2)</source>
        <translation>impossible de lire le fichier SPSS %1 : il est endommagé ou n&apos;est pas un fichier SPSS (détail technique de ReadStat : %2)</translation>
    </message>
    <message>
        <source>case %1, variable %2: %3 is not a value</source>
        <translation>observation %1, variable %2 : %3 n&apos;est pas une valeur</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: case %2 lies beyond the %3 cases its header declares</source>
        <translation>impossible de lire le fichier SPSS %1 : l&apos;observation %2 dépasse les %3 observations que déclare son en-tête</translation>
    </message>
</context>
<context>
    <name>ScoresChart</name>
    <message>
        <source> (n &lt; 30)</source>
        <translation> (n &lt; 30)</translation>
    </message>
    <message>
        <source>Scores by question</source>
        <translation>Notes par question</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Note /10</translation>
    </message>
    <message>
        <source>Thresholds %1 and %2</source>
        <translation>Seuils %1 et %2</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Previous wave</source>
        <translation>Vague précédente</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>IC 95 %</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>▲▼ significant change</source>
        <translation>▲▼ évolution significative</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>the server refuses it to this user (%1)</source>
        <translation>le serveur le refuse à cet utilisateur (%1)</translation>
    </message>
    <message>
        <source>this works on a server store only (--db postgresql://…), not on a file</source>
        <translation>cela ne fonctionne que sur une base serveur (--db postgresql://…), pas sur un fichier</translation>
    </message>
    <message>
        <source>the security statements are missing from this build</source>
        <translation>les instructions de sécurité manquent à cette version du programme</translation>
    </message>
    <message>
        <source>only an administrator of the store manages its users</source>
        <translation>seul un administrateur de la base gère ses utilisateurs</translation>
    </message>
    <message>
        <source>invalid user name &quot;%1&quot;: lower-case letters, digits, _ . and - (at most 63)</source>
        <translation>nom d&apos;utilisateur « %1 » invalide : minuscules, chiffres, _ . et - (63 au plus)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is reserved</source>
        <translation>le nom « %1 » est réservé</translation>
    </message>
    <message>
        <source>a role named &quot;%1&quot; already exists on the server</source>
        <translation>un rôle nommé « %1 » existe déjà sur le serveur</translation>
    </message>
    <message>
        <source>no wave holds the landlord &quot;%1&quot;: import a wave with it first</source>
        <translation>aucune vague ne contient le bailleur « %1 » : importer d&apos;abord une vague qui le contient</translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot; in this store</source>
        <translation>aucun utilisateur nommé « %1 » dans cette base</translation>
    </message>
    <message>
        <source>you cannot remove yourself</source>
        <translation>vous ne pouvez pas vous retirer vous-même</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>&lt;b&gt;The server no longer answers&lt;/b&gt; (%1). The figures shown are those from before the interruption; what needs the store is unavailable. Retrying every few seconds…</source>
        <translation>&lt;b&gt;Le serveur ne répond plus&lt;/b&gt; (%1). Les chiffres affichés sont ceux d&apos;avant l&apos;interruption ; ce qui a besoin de la base est indisponible. Nouvelle tentative toutes les quelques secondes…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server answers again&lt;/b&gt; (%1). The figures are up to date.</source>
        <translation>&lt;b&gt;Le serveur répond de nouveau&lt;/b&gt; (%1). Les chiffres sont à jour.</translation>
    </message>
</context>
<context>
    <name>ShareModel</name>
    <message numerus="yes">
        <source>Base too small: %n valid answer(s); at least 30 are needed to show a share.</source>
        <translation>
            <numerusform>Effectif insuffisant : %n réponse valide ; il en faut au moins 30 pour afficher une part.</numerusform>
            <numerusform>Effectif insuffisant : %n réponses valides ; il en faut au moins 30 pour afficher une part.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (95% interval %3–%4) · %5 of %6 valid answers · effective n = %7</source>
        <translation>%1 : %2 (IC 95&#x202f;% %3–%4) · %5 des %6 réponses valides · n effectif = %7</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Publié : %1</translation>
    </message>
    <message>
        <source>The gap between QPV and outside QPV is significant at 95%.</source>
        <translation>L&apos;écart entre QPV et hors QPV est significatif à 95&#x202f;%.</translation>
    </message>
    <message>
        <source>The gap between QPV and outside QPV is not significant at 95%.</source>
        <translation>L&apos;écart entre QPV et hors QPV n&apos;est pas significatif à 95&#x202f;%.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Ensemble des locataires</translation>
    </message>
    <message>
        <source>Landlord %1</source>
        <translation>Bailleur %1</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>Outside QPV</source>
        <translation>Hors QPV</translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation>Écart (points)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>n QPV</source>
        <translation>n QPV</translation>
    </message>
    <message>
        <source>n outside QPV</source>
        <translation>n hors QPV</translation>
    </message>
</context>
<context>
    <name>Shares</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Tout à fait satisfait</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Plutôt satisfait</translation>
    </message>
    <message>
        <source>Fairly dissatisfied</source>
        <translation>Plutôt pas satisfait</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Pas du tout satisfait</translation>
    </message>
    <message>
        <source>the wave %1 cannot be read</source>
        <translation>la vague %1 ne peut pas être lue</translation>
    </message>
    <message>
        <source>landlord %1 is not in the wave %2</source>
        <translation>le bailleur %1 n&apos;est pas dans la vague %2</translation>
    </message>
    <message>
        <source>--by %1: expected none, qpv, landlord or a segment column (%2)</source>
        <translation>--by %1 : attendu none, qpv, landlord ou une colonne de segment (%2)</translation>
    </message>
</context>
<context>
    <name>SharesChart</name>
    <message>
        <source>Information and uses</source>
        <translation>Information et usages</translation>
    </message>
    <message>
        <source> (n &lt; 30)</source>
        <translation> (n &lt; 30)</translation>
    </message>
    <message>
        <source>% of valid answers (weighted), 95% intervals</source>
        <translation>% des réponses valides (pondéré), IC 95&#x202f;%</translation>
    </message>
    <message>
        <source>✱ significant QPV gap (95%)</source>
        <translation>✱ écart QPV significatif (95&#x202f;%)</translation>
    </message>
    <message>
        <source>┃ published share</source>
        <translation>┃ part publiée</translation>
    </message>
</context>
<context>
    <name>SharesPage</name>
    <message>
        <source>All questions</source>
        <translation>Toutes les questions</translation>
    </message>
    <message>
        <source>The question to draw</source>
        <translation>La question à tracer</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose group has fewer than 30 valid answers: no bar, no share.</source>
        <translation>
            <numerusform>%n ligne dont le groupe compte moins de 30 réponses valides : ni barre ni part.</numerusform>
            <numerusform>%n lignes dont le groupe compte moins de 30 réponses valides : ni barre ni part.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Copy the selected rows of a table</source>
        <translation>Copier les lignes choisies d&apos;un tableau</translation>
    </message>
</context>
<context>
    <name>SmallSegments</name>
    <message>
        <source>others</source>
        <translation>autres</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>the store %1 is locked by another program; close it and try again</source>
        <translation>la base %1 est verrouillée par un autre programme ; fermez-le et réessayez</translation>
    </message>
    <message>
        <source>the store %1 is read-only: nothing can be written to it</source>
        <translation>la base %1 est en lecture seule : rien ne peut y être écrit</translation>
    </message>
    <message>
        <source>the disk holding the store %1 is full: nothing was written</source>
        <translation>le disque de la base %1 est plein : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the disk holding the store %1 could not be read or written (%2): nothing was written</source>
        <translation>le disque de la base %1 n&apos;a pas pu être lu ou écrit (%2) : rien n&apos;a été écrit</translation>
    </message>
    <message>
        <source>the store %1 is damaged (%2)</source>
        <translation>la base %1 est endommagée (%2)</translation>
    </message>
    <message>
        <source>the store could not carry out this operation and nothing was changed (technical detail from SQLite: %1)</source>
        <translation>la base n&apos;a pas pu mener cette opération à bien et rien n&apos;a été modifié (détail technique de SQLite : %1)</translation>
    </message>
    <message>
        <source>no store given: the store&apos;s path is empty</source>
        <translation>aucune base indiquée : le chemin de la base est vide</translation>
    </message>
    <message>
        <source>%1 is not a regular file: a store is a file</source>
        <translation>%1 n&apos;est pas un fichier ordinaire : une base est un fichier</translation>
    </message>
    <message>
        <source>cannot read the store %1: %2</source>
        <translation>impossible de lire la base %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Satisfecit store (not an SQLite database)</source>
        <translation>%1 n&apos;est pas une base Satisfecit (ce n&apos;est pas une base SQLite)</translation>
    </message>
    <message>
        <source>the store %1 does not exist</source>
        <translation>la base %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>the store %1 does not exist (no folder %2)</source>
        <translation>la base %1 n&apos;existe pas (pas de dossier %2)</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Satisfecit store</source>
        <translation>%1 est un fichier vide, pas une base Satisfecit</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open the store %1 (technical detail: %2)</source>
        <translation>impossible d&apos;ouvrir la base %1 (détail technique : %2)</translation>
    </message>
    <message>
        <source>the store %1 is on a read-only disk or folder where it cannot be opened; copy it to a writable folder</source>
        <translation>la base %1 est sur un disque ou dossier en lecture seule où elle ne peut pas être ouverte ; copiez-la dans un dossier accessible en écriture</translation>
    </message>
    <message>
        <source>the store %1 is damaged and cannot be opened (%2)</source>
        <translation>la base %1 est endommagée et ne peut pas être ouverte (%2)</translation>
    </message>
    <message>
        <source>the store %1 is damaged: %2</source>
        <translation>la base %1 est endommagée : %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Satisfecit store</source>
        <translation>%1 est une base SQLite mais pas une base Satisfecit</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer version of Satisfecit (schema %2; this version knows up to %3); update Satisfecit to open it</source>
        <translation>la base %1 a été écrite par une version plus récente de Satisfecit (schéma %2 ; cette version connaît jusqu&apos;au %3) ; mettez Satisfecit à jour pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>the store %1 is read-only and must be upgraded before use</source>
        <translation>la base %1 est en lecture seule et doit être mise à niveau avant usage</translation>
    </message>
    <message>
        <source>store error: %1</source>
        <translation>erreur de la base : %1</translation>
    </message>
    <message>
        <source>the store %1 has rows pointing at missing rows of %2</source>
        <translation>la base %1 a des lignes qui renvoient à des lignes absentes de %2</translation>
    </message>
    <message>
        <source>the store %1 has an unexpected waves table</source>
        <translation>la base %1 a une table des vagues inattendue</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot save the codebook</source>
        <translation>impossible d&apos;enregistrer le dictionnaire des questions</translation>
    </message>
    <message>
        <source>question %1 names %2 as its parent, which is not in the codebook</source>
        <translation>la question %1 désigne %2 comme parente, absente du dictionnaire</translation>
    </message>
    <message>
        <source>cannot save the figures</source>
        <translation>impossible d&apos;enregistrer les résultats</translation>
    </message>
    <message>
        <source>the wave could not be deleted</source>
        <translation>la vague n&apos;a pas pu être supprimée</translation>
    </message>
    <message>
        <source>the demo data could not be removed</source>
        <translation>les données de démonstration n&apos;ont pas pu être retirées</translation>
    </message>
    <message>
        <source>no wave %1 in the store</source>
        <translation>aucune vague %1 dans la base</translation>
    </message>
    <message>
        <source>The question %1 (&quot;%2&quot;) is already answered in waves of the store as a %3 question; the dictionary makes it a %4 question, and its results could no longer be compared. Give it another code in the dictionary, or first delete the waves that use it (Data page).</source>
        <translation>La question %1 (« %2 ») a déjà des réponses dans des vagues de la base, comme question de type %3 ; le dictionnaire en fait une question de type %4, et ses résultats ne seraient plus comparables. Donnez-lui un autre code dans le dictionnaire, ou supprimez d&apos;abord les vagues qui l&apos;utilisent (page Données).</translation>
    </message>
    <message>
        <source>the store %1 is damaged: its key for respondent ids is missing</source>
        <translation>le stockage %1 est endommagé : sa clé des identifiants de répondants manque</translation>
    </message>
    <message>
        <source>the store is damaged: wave %1 (%2, %3); import its file again to repair it</source>
        <translation>la base est endommagée : vague %1 (%2, %3) ; importez de nouveau son fichier pour la réparer</translation>
    </message>
    <message>
        <source>its row or its landlords do not match their checksum</source>
        <translation>sa ligne ou ses bailleurs ne correspondent pas à leur somme de contrôle</translation>
    </message>
    <message>
        <source>a value of %1 is out of range</source>
        <translation>une valeur de %1 est hors limites</translation>
    </message>
    <message>
        <source>the segment column %1 does not match its checksum</source>
        <translation>la colonne de segment %1 ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>its summary does not match its checksum</source>
        <translation>son résumé ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>a landlord is out of range</source>
        <translation>un bailleur est hors limites</translation>
    </message>
    <message>
        <source>the respondents do not match the %1 declared</source>
        <translation>les répondants ne correspondent pas aux %1 déclarés</translation>
    </message>
    <message>
        <source>the respondents (chunk %1) do not match their checksum</source>
        <translation>les répondants (bloc %1) ne correspondent pas à leur somme de contrôle</translation>
    </message>
    <message>
        <source>the answers to %1 do not match the %2 respondents</source>
        <translation>les réponses à %1 ne correspondent pas aux %2 répondants</translation>
    </message>
    <message>
        <source>the answers to %1 do not match their checksum</source>
        <translation>les réponses à %1 ne correspondent pas à leur somme de contrôle</translation>
    </message>
    <message>
        <source>the segment columns are incomplete</source>
        <translation>les colonnes de segment sont incomplètes</translation>
    </message>
    <message>
        <source>the raked weights do not match the respondents</source>
        <translation>les poids redressés ne correspondent pas aux répondants</translation>
    </message>
    <message>
        <source>the server store %1 cannot be read: %2</source>
        <translation>l&apos;adresse de la base sur le serveur %1 est illisible : %2</translation>
    </message>
    <message>
        <source>cannot open the store %1: Qt&apos;s %2 driver is not installed</source>
        <translation>impossible d&apos;ouvrir la base %1 : le pilote %2 de Qt n&apos;est pas installé</translation>
    </message>
    <message>
        <source>this user is not one of the users of the store %1; an administrator of the store adds it with: satisfecit server-user add</source>
        <translation>cet utilisateur ne fait pas partie des utilisateurs de la base %1 ; un administrateur de la base l&apos;ajoute avec : satisfecit server-user add</translation>
    </message>
    <message>
        <source>the wave&apos;s summary for landlords could not be written (%1)</source>
        <translation>le résumé de la vague destiné aux bailleurs n&apos;a pas pu être écrit (%1)</translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation>la connexion est fermée</translation>
    </message>
    <message>
        <source>the store %1 is not open</source>
        <translation>la base %1 n&apos;est pas ouverte</translation>
    </message>
    <message>
        <source>the server of the store %1 stopped answering while the change was being saved: it may have been saved or not. When the server is back, open the store again and check (the waves command lists the imported waves)</source>
        <translation>le serveur de la base %1 a cessé de répondre pendant l&apos;enregistrement de la modification : elle a pu être enregistrée ou non. Quand le serveur sera revenu, rouvrez la base et vérifiez (la commande waves liste les vagues importées)</translation>
    </message>
    <message>
        <source>the wave&apos;s design for landlords could not be written</source>
        <translation>le plan de sondage de la vague destiné aux bailleurs n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>its design for landlords does not match its checksum</source>
        <translation>son plan de sondage destiné aux bailleurs ne correspond pas à sa somme de contrôle</translation>
    </message>
    <message>
        <source>the landlords&apos; segment values could not be written</source>
        <translation>les valeurs de segment des bailleurs n&apos;ont pas pu être écrites</translation>
    </message>
</context>
<context>
    <name>Store::WaveSession</name>
    <message>
        <source>the store is busy; try again</source>
        <translation>la base est occupée ; réessayez</translation>
    </message>
    <message>
        <source>the respondent ids could not be pseudonymised</source>
        <translation>les identifiants de répondants n&apos;ont pas pu être pseudonymisés</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>the server&apos;s port %1 is not a number from 1 to 65535</source>
        <translation>le port du serveur %1 n&apos;est pas un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>the server address %1 lacks its closing ]</source>
        <translation>il manque le ] fermant à l&apos;adresse du serveur %1</translation>
    </message>
    <message>
        <source>the server setting %1 is not name=value</source>
        <translation>le réglage du serveur %1 n&apos;est pas de la forme nom=valeur</translation>
    </message>
    <message>
        <source>the database %1 on the local server</source>
        <translation>la base de données %1 sur le serveur local</translation>
    </message>
    <message>
        <source>the database %1 on %2</source>
        <translation>la base de données %1 sur %2</translation>
    </message>
</context>
<context>
    <name>StoreWatchdog</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Survey imported</source>
        <translation>Enquête importée</translation>
    </message>
    <message>
        <source>The wave is in the store. Click Finish to see its figures.</source>
        <translation>La vague est dans la base. Cliquez sur Terminer pour voir ses résultats.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>Vague :</translation>
    </message>
    <message>
        <source>Respondents:</source>
        <translation>Répondants :</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions :</translation>
    </message>
    <message>
        <source>Segment columns:</source>
        <translation>Colonnes de segment :</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Lu comme :</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln (%1)</source>
        <translation>
            <numerusform>%Ln (%1)</numerusform>
            <numerusform>%Ln (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>feuille %1</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>encodage %1</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>séparateur %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>SPSS value labels</source>
        <translation>étiquettes de valeurs SPSS</translation>
    </message>
    <message>
        <source>The previous wave %1 %2 was replaced.</source>
        <translation>La vague précédente %1 %2 a été remplacée.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Sheet %1</source>
        <translation>Feuille %1</translation>
    </message>
    <message>
        <source>Cannot write row %1 of the sheet: %2</source>
        <translation>Impossible d&apos;écrire la ligne %1 de la feuille : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Impossible de créer %1</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;</source>
        <translation>Impossible d&apos;ajouter la feuille « %1 »</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Impossible de remplacer %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>not a regular file (a folder, a device or a pipe): nothing is read from it</source>
        <translation>pas un fichier ordinaire (un dossier, un périphérique ou un tube) : rien n&apos;y est lu</translation>
    </message>
    <message>
        <source>unsupported file type &quot;.%1&quot;: expected .csv, .tsv, .txt, .xlsx, .sav or .zsav</source>
        <translation>type de fichier « .%1 » non pris en charge : .csv, .tsv, .txt, .xlsx, .sav ou .zsav attendu</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Columns shown</source>
        <translation>Colonnes affichées</translation>
    </message>
</context>
<context>
    <name>TextKey</name>
    <message>
        <source>the cell</source>
        <translation>la cellule</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; holds a control character (U+%3): refused, a terminal or spreadsheet could act on it</source>
        <translation>%1 « %2 » contient un caractère de contrôle (U+%3) : refusé, un terminal ou un tableur pourrait l&apos;interpréter</translation>
    </message>
</context>
<context>
    <name>TextReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>the file is empty: a header line was expected</source>
        <translation>le fichier est vide : une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <source>the header has %1 columns; at most %2 are accepted</source>
        <translation>l&apos;en-tête a %1 colonnes ; %2 au plus sont acceptées</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;: expected utf-8 or windows-1252</source>
        <translation>encodage « %1 » inconnu : utf-8 ou windows-1252 attendu</translation>
    </message>
    <message>
        <source>unsupported delimiter &quot;%1&quot;: expected ; , tab or |</source>
        <translation>séparateur « %1 » non pris en charge : ; , tabulation ou | attendu</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l&apos;en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>byte 0x%1 is not a Windows-1252 character</source>
        <translation>l&apos;octet 0x%1 n&apos;est pas un caractère Windows-1252</translation>
    </message>
    <message>
        <source>more than %1 fields in one record</source>
        <translation>plus de %1 champs dans un enregistrement</translation>
    </message>
    <message>
        <source>the file contains NUL bytes: it is not a text file</source>
        <translation>le fichier contient des octets NUL : ce n&apos;est pas un fichier texte</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1; if the file is not UTF-8, choose its encoding (windows-1252)</source>
        <translation>octet UTF-8 invalide 0x%1 ; si le fichier n&apos;est pas en UTF-8, choisissez son encodage (windows-1252)</translation>
    </message>
    <message>
        <source>a record longer than %1 MiB: the file is not a table of answers</source>
        <translation>un enregistrement de plus de %1 Mio : le fichier n&apos;est pas un tableau de réponses</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed (missing &quot;)</source>
        <translation>un champ entre guillemets ouvert ici n&apos;est jamais fermé (&quot; manquant)</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot; after a closing quote: expected the delimiter or the end of the line</source>
        <translation>caractère « %1 » inattendu après un guillemet fermant : séparateur ou fin de ligne attendu</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
    <message>
        <source>the file starts as UTF-16 but is not valid UTF-16</source>
        <translation>le fichier commence comme de l&apos;UTF-16 mais n&apos;est pas de l&apos;UTF-16 valide</translation>
    </message>
</context>
<context>
    <name>ThemeScoreModel</name>
    <message>
        <source>Overall</source>
        <translation>Global</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Logement</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation</translation>
    </message>
    <message>
        <source>Common areas</source>
        <translation>Parties communes</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Interventions</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Living environment</source>
        <translation>Cadre de vie</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Propreté</translation>
    </message>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Note /10</translation>
    </message>
    <message>
        <source>% satisfied</source>
        <translation>% de satisfaits</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>IC 95 % bas</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>IC 95 % haut</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Effective n</source>
        <translation>n effectif</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Appréciation</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Note %1</translation>
    </message>
    <message>
        <source>Previous wave</source>
        <translation>Vague précédente</translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation>Évolution significative</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Scores since %1</source>
        <translation>Notes depuis %1</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Note /10</translation>
    </message>
    <message>
        <source>Thresholds %1 and %2</source>
        <translation>Seuils %1 et %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Published figure</source>
        <translation>Résultat publié</translation>
    </message>
    <message>
        <source>scope: %1</source>
        <translation>périmètre : %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation>Évolution significative</translation>
    </message>
    <message>
        <source>Computed (95% interval)</source>
        <translation>Calculé (IC 95 %)</translation>
    </message>
    <message>
        <source>Illustrative value</source>
        <translation>Valeur illustrative</translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <source>computed</source>
        <translation>calculé</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustratif</translation>
    </message>
    <message>
        <source>published</source>
        <translation>publié</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1 — %2 %3: %4 /10</source>
        <translation>%1 — %2 %3 : %4 /10</translation>
    </message>
    <message>
        <source> (95% interval %1–%2)</source>
        <translation> (IC 95 % %1–%2)</translation>
    </message>
    <message>
        <source> · %1 satisfied</source>
        <translation> · %1 de satisfaits</translation>
    </message>
    <message>
        <source> · n = %1</source>
        <translation> · n = %1</translation>
    </message>
    <message>
        <source>illustrative value (demo data)</source>
        <translation>valeur illustrative (données de démonstration)</translation>
    </message>
    <message>
        <source>published: %1</source>
        <translation>publié : %1</translation>
    </message>
    <message>
        <source>significant change since the previous wave</source>
        <translation>évolution significative depuis la vague précédente</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Note /10</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>IC 95 % bas</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>IC 95 % haut</translation>
    </message>
    <message>
        <source>% satisfied</source>
        <translation>% de satisfaits</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation>Évolution significative</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Bailleur</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Région</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Tick the questions to draw</source>
        <translation>Cochez les questions à tracer</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>The user guide was not found; it should be in %1.</source>
        <translation>Le guide de l&apos;utilisateur est introuvable ; il devrait être dans %1.</translation>
    </message>
    <message>
        <source>No program could open the user guide %1.</source>
        <translation>Aucun programme n&apos;a pu ouvrir le guide de l&apos;utilisateur %1.</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>&amp;Copy the errors</source>
        <translation>&amp;Copier les erreurs</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Every row and every answer is checked before anything is written.</source>
        <translation>Chaque ligne et chaque réponse sont vérifiées avant toute écriture.</translation>
    </message>
    <message>
        <source>Copies every error as tab-separated text, to paste into a spreadsheet or an e-mail</source>
        <translation>Copie toutes les erreurs en texte séparé par des tabulations, à coller dans un tableur ou un courriel</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>The check was interrupted.</source>
        <translation>La vérification a été interrompue.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2, as the wave %3 %4: there is nothing to import.</source>
        <translation>%1 a déjà été importé le %2, comme vague %3 %4 : il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>No problem found: %1, %2, %3.</source>
        <translation>Aucun problème : %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln répondant</numerusform>
            <numerusform>%Ln répondants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln question(s)</source>
        <translation>
            <numerusform>%Ln question</numerusform>
            <numerusform>%Ln questions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln segment column(s)</source>
        <translation>
            <numerusform>%Ln colonne de segment</numerusform>
            <numerusform>%Ln colonnes de segment</numerusform>
        </translation>
    </message>
    <message>
        <source>Import will add the wave %1 %2.</source>
        <translation>L&apos;import ajoutera la vague %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>The store already has this wave (%1, %Ln respondent(s)): you will be asked before it is replaced.</source>
        <translation>
            <numerusform>La base contient déjà cette vague (%1, %Ln répondant) : il vous sera demandé avant de la remplacer.</numerusform>
            <numerusform>La base contient déjà cette vague (%1, %Ln répondants) : il vous sera demandé avant de la remplacer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln are listed.</source>
        <translation>
            <numerusform>Seul le premier est listé.</numerusform>
            <numerusform>Seuls les %Ln premiers sont listés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>So many problems often mean that the file&apos;s columns follow another questionnaire than the dictionary %1: check that it is the one delivered with this file (step Questionnaire).</source>
        <translation>Autant de problèmes signifient souvent que les colonnes du fichier suivent un autre questionnaire que le dictionnaire %1 : vérifiez que c&apos;est bien celui livré avec ce fichier (étape Questionnaire).</translation>
    </message>
    <message>
        <source>So many problems often mean that your file follows another questionnaire than the one in Satisfecit: go back to the step Questionnaire and choose the questions dictionary (codebook) your provider delivered with the file.</source>
        <translation>Autant de problèmes signifient souvent que votre fichier suit un autre questionnaire que celui de Satisfecit : revenez à l&apos;étape Questionnaire et choisissez le dictionnaire des questions (codebook) livré par votre prestataire avec le fichier.</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p&#x202f;%</translation>
    </message>
    <message>
        <source>%1 found in %2. Nothing can be imported until the file is corrected.</source>
        <translation>%1 dans %2. Rien ne peut être importé tant que le fichier n&apos;est pas corrigé.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problème trouvé</numerusform>
            <numerusform>%Ln problèmes trouvés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveListModel</name>
    <message>
        <source>demo data</source>
        <translation>données de démonstration</translation>
    </message>
    <message>
        <source>imported survey</source>
        <translation>enquête importée</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Répondants</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Fichier source</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Empreinte (SHA-256)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée le</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
</context>
<context>
    <name>Weighting</name>
    <message>
        <source>the margins file has no variable</source>
        <translation>le fichier des marges ne contient aucune variable</translation>
    </message>
    <message>
        <source>%1 = %2: the count must be a number above 0</source>
        <translation>%1 = %2 : l&apos;effectif doit être un nombre supérieur à 0</translation>
    </message>
    <message>
        <source>%1 = %2 is given twice</source>
        <translation>%1 = %2 figure deux fois</translation>
    </message>
    <message>
        <source>the counts of %1 add up to %2 but those of %3 to %4: every variable must describe the same population</source>
        <translation>les effectifs de %1 totalisent %2 mais ceux de %3 %4 : chaque variable doit décrire la même population</translation>
    </message>
    <message>
        <source>%1 is not a column of the wave (expected bailleur, qpv or a segment column)</source>
        <translation>%1 n&apos;est pas une colonne de la vague (attendu bailleur, qpv ou une colonne de segment)</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is in the sample but not in the margins</source>
        <translation>%1 = « %2 » est dans l&apos;échantillon mais pas dans les marges</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is in the margins (line %3) but no respondent of the sample has it</source>
        <translation>%1 = « %2 » est dans les marges (ligne %3) mais aucun répondant de l&apos;échantillon ne l&apos;a</translation>
    </message>
    <message>
        <source>raking did not converge in %1 passes: the margins may contradict each other (for example a combination of values no respondent has)</source>
        <translation>le redressement n&apos;a pas convergé en %1 passes : les marges se contredisent peut-être (par exemple une combinaison de valeurs qu&apos;aucun répondant n&apos;a)</translation>
    </message>
    <message>
        <source>the margins cannot all be met: after raking, %1 = %2 weighs %3 instead of %4 (variables that describe the same thing with different counts?)</source>
        <translation>les marges ne peuvent pas toutes être atteintes : après redressement, %1 = %2 pèse %3 au lieu de %4 (des variables qui décrivent la même chose avec des effectifs différents ?)</translation>
    </message>
</context>
<context>
    <name>WeightingDialog</name>
    <message>
        <source>Keep the weights between</source>
        <translation>Borner les poids entre</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Pondération</translation>
    </message>
    <message numerus="yes">
        <source>Weight the wave %1 %2 (%n respondent(s)) so that it matches population counts by landlord, QPV or any segment column: a margins file with the columns variable, value and count.</source>
        <translation>
            <numerusform>Redresser la vague %1 %2 (%n répondant) pour qu&apos;elle corresponde aux effectifs de la population par bailleur, QPV ou toute colonne de segment : un fichier de marges aux colonnes variable, value et count.</numerusform>
            <numerusform>Redresser la vague %1 %2 (%n répondants) pour qu&apos;elle corresponde aux effectifs de la population par bailleur, QPV ou toute colonne de segment : un fichier de marges aux colonnes variable, value et count.</numerusform>
        </translation>
    </message>
    <message>
        <source>Margins file:</source>
        <translation>Fichier des marges :</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>File&apos;s weights</source>
        <translation>Poids du fichier</translation>
    </message>
    <message>
        <source>Raked weights</source>
        <translation>Poids redressés</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Coefficient of variation</source>
        <translation>Coefficient de variation</translation>
    </message>
    <message>
        <source>Design effect</source>
        <translation>Effet de plan</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Taille effective</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Back to the &amp;file&apos;s weights</source>
        <translation>Revenir aux poids du &amp;fichier</translation>
    </message>
    <message>
        <source>This wave is raked to %1; the file&apos;s weights are kept.</source>
        <translation>Cette vague est redressée sur %1 ; les poids du fichier sont conservés.</translation>
    </message>
    <message>
        <source>Population margins</source>
        <translation>Marges de population</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The upper bound must be above the lower one.</source>
        <translation>La borne haute doit dépasser la borne basse.</translation>
    </message>
    <message numerus="yes">
        <source>Raked in %n pass(es). Standard errors will account for the weighting.</source>
        <translation>
            <numerusform>Redressée en %n passe. Les erreurs types tiendront compte de la pondération.</numerusform>
            <numerusform>Redressée en %n passes. Les erreurs types tiendront compte de la pondération.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Satisfecit</source>
        <translation>Satisfecit</translation>
    </message>
    <message>
        <source>Tenant-satisfaction surveys: scores /10, QPV comparisons, trends since 2004.</source>
        <translation>Enquêtes de satisfaction des locataires : notes /10, comparaisons QPV, évolutions depuis 2004.</translation>
    </message>
    <message numerus="yes">
        <source>Store: %1 — %n wave(s)</source>
        <translation>
            <numerusform>Base : %1 — %n vague</numerusform>
            <numerusform>Base : %1 — %n vagues</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import a survey…</source>
        <translation>&amp;Importer une enquête…</translation>
    </message>
    <message>
        <source>Load the &amp;demo data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
    <message>
        <source>A generated 2020 wave and the published figures since 2004, all marked as demo data and removable from the Data page</source>
        <translation>Une vague 2020 générée et les résultats publiés depuis 2004, tous marqués comme données de démonstration et retirables depuis la page Données</translation>
    </message>
    <message>
        <source>Your provider sent a questions dictionary (codebook) with the file? The import finds it beside the file, or you can add it now. Figures published before the answers were kept (2004–2017) come as a table of published results.</source>
        <translation>Votre prestataire a livré un dictionnaire des questions (codebook) avec le fichier ? L&apos;import le trouve à côté du fichier, ou vous pouvez l&apos;ajouter maintenant. Les chiffres publiés avant que les réponses soient conservées (2004–2017) s&apos;importent comme un tableau de résultats publiés.</translation>
    </message>
    <message>
        <source>Import a &amp;questions dictionary…</source>
        <translation>Importer un &amp;dictionnaire des questions…</translation>
    </message>
    <message>
        <source>Import &amp;published results…</source>
        <translation>Importer des résultats &amp;publiés…</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not an Excel workbook: the file is not a zip archive</source>
        <translation>ce n&apos;est pas un classeur Excel : le fichier n&apos;est pas une archive zip</translation>
    </message>
    <message>
        <source>the part %1 is missing from the workbook</source>
        <translation>la partie %1 manque dans le classeur</translation>
    </message>
    <message>
        <source>%1: corrupt zip entry</source>
        <translation>%1 : entrée zip corrompue</translation>
    </message>
    <message>
        <source>%1: the workbook is encrypted</source>
        <translation>%1 : le classeur est chiffré</translation>
    </message>
    <message>
        <source>%1: the part is %2 MiB once decompressed; at most %3 MiB are accepted</source>
        <translation>%1 : la partie fait %2 Mio une fois décompressée ; %3 Mio au plus sont acceptés</translation>
    </message>
    <message>
        <source>%1: the part inflates %2 times its compressed size (a zip bomb?); at most %3 times is accepted</source>
        <translation>%1 : la partie grossit %2 fois à la décompression (une bombe zip ?) ; %3 fois au plus est accepté</translation>
    </message>
    <message>
        <source>%1: unsupported or corrupt zip entry</source>
        <translation>%1 : entrée zip non prise en charge ou corrompue</translation>
    </message>
    <message>
        <source>%1: no part is being read</source>
        <translation>%1 : aucune partie n&apos;est en cours de lecture</translation>
    </message>
    <message>
        <source>%1: corrupt zip entry (error %2)</source>
        <translation>%1 : entrée zip corrompue (erreur %2)</translation>
    </message>
    <message>
        <source>%1: corrupt zip entry (checksum mismatch)</source>
        <translation>%1 : entrée zip corrompue (somme de contrôle erronée)</translation>
    </message>
    <message>
        <source>%1: the part exceeds %2 MiB once decompressed</source>
        <translation>%1 : la partie dépasse %2 Mio une fois décompressée</translation>
    </message>
    <message>
        <source>%1: a DTD is not allowed in a workbook part</source>
        <translation>%1 : une DTD n&apos;est pas permise dans une partie de classeur</translation>
    </message>
    <message>
        <source>%1: malformed XML: the part ends before its last element is closed</source>
        <translation>%1 : XML mal formé : la partie se termine avant la fermeture de son dernier élément</translation>
    </message>
    <message>
        <source>%1: malformed XML at line %2, column %3: %4</source>
        <translation>%1 : XML mal formé ligne %2, colonne %3 : %4</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet</source>
        <translation>%1 : le classeur n&apos;a aucune feuille</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is empty: a header row was expected</source>
        <translation>la feuille « %1 » est vide : une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation>le classeur n&apos;a pas de feuille « %1 » ; ses feuilles sont : %2</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; has no part (relationship &quot;%3&quot; not found)</source>
        <translation>%1 : la feuille « %2 » n&apos;a pas de partie (relation « %3 » introuvable)</translation>
    </message>
    <message>
        <source>%1: the shared-string table exceeds %2 MiB</source>
        <translation>%1 : la table des chaînes partagées dépasse %2 Mio</translation>
    </message>
    <message>
        <source>%1: invalid row number &quot;%2&quot;</source>
        <translation>%1 : numéro de ligne « %2 » invalide</translation>
    </message>
    <message>
        <source>%1: row %2 comes after row %3</source>
        <translation>%1 : la ligne %2 vient après la ligne %3</translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows</source>
        <translation>la feuille a plus de %1 lignes</translation>
    </message>
    <message>
        <source>invalid cell reference &quot;%1&quot;</source>
        <translation>référence de cellule « %1 » invalide</translation>
    </message>
    <message>
        <source>the sheet has more than %1 columns</source>
        <translation>la feuille a plus de %1 colonnes</translation>
    </message>
    <message>
        <source>cell %1 comes after a cell to its right</source>
        <translation>la cellule %1 vient après une cellule située à sa droite</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells</source>
        <translation>la feuille a plus de %1 cellules</translation>
    </message>
    <message>
        <source>unknown cell type &quot;%1&quot;</source>
        <translation>type de cellule « %1 » inconnu</translation>
    </message>
    <message>
        <source>a value lies beyond the last column of the header (%1 columns)</source>
        <translation>une valeur se trouve au-delà de la dernière colonne de l&apos;en-tête (%1 colonnes)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>« %1 » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>the cell refers to a shared string but the part %1 is missing</source>
        <translation>la cellule renvoie à une chaîne partagée mais la partie %1 est absente</translation>
    </message>
    <message>
        <source>%1: no shared string number %2 (the table has %3)</source>
        <translation>%1 : pas de chaîne partagée numéro %2 (la table en a %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean</source>
        <translation>« %1 » n&apos;est pas un booléen</translation>
    </message>
    <message>
        <source>not an Excel workbook: its list of parts is damaged</source>
        <translation>pas un classeur Excel : sa liste de parties est endommagée</translation>
    </message>
    <message>
        <source>not a valid Excel workbook: it holds two parts named %1</source>
        <translation>classeur Excel non valide : il contient deux parties nommées %1</translation>
    </message>
    <message>
        <source>the cell holds a formula whose result was not saved; open the file in Excel or LibreOffice and save it again</source>
        <translation>la cellule contient une formule dont le résultat n&apos;a pas été enregistré ; ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le de nouveau</translation>
    </message>
</context>
</TS>
