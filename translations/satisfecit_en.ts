<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AnswerParser</name>
    <message>
        <source>or empty, 9, 99, NSP for no answer</source>
        <translation>or empty, 9, 99, NSP for no answer</translation>
    </message>
</context>
<context>
    <name>BoardPack</name>
    <message>
        <source>Overall satisfaction</source>
        <translation>Overall satisfaction</translation>
    </message>
    <message>
        <source>%1 /10</source>
        <translation>%1 /10</translation>
    </message>
    <message>
        <source>%1 · 95% interval %2–%3</source>
        <translation>%1 · 95% interval %2–%3</translation>
    </message>
    <message>
        <source>Satisfied tenants</source>
        <translation>Satisfied tenants</translation>
    </message>
    <message>
        <source>very or fairly satisfied overall</source>
        <translation>very or fairly satisfied overall</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Since %1</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significant</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>not significant</translation>
    </message>
    <message>
        <source>QPV vs outside QPV</source>
        <translation>QPV vs outside QPV</translation>
    </message>
    <message>
        <source>%1 in QPV, %2 outside · %3</source>
        <translation>%1 in QPV, %2 outside · %3</translation>
    </message>
    <message>
        <source>base too small</source>
        <translation>base too small</translation>
    </message>
    <message>
        <source>Tenant satisfaction survey</source>
        <translation>Tenant satisfaction survey</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Board pack</translation>
    </message>
    <message>
        <source>%1 wave · %2</source>
        <translation>%1 wave · %2</translation>
    </message>
    <message>
        <source>All landlords</source>
        <translation>All landlords</translation>
    </message>
    <message>
        <source>Landlord %1</source>
        <translation>Landlord %1</translation>
    </message>
    <message>
        <source>Demo data: figures generated to try the application, not a real survey.</source>
        <translation>Demo data: figures generated to try the application, not a real survey.</translation>
    </message>
    <message>
        <source>Produced on %1</source>
        <translation>Produced on %1</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message>
        <source>%1 (%2 → %3)</source>
        <translation>%1 (%2 → %3)</translation>
    </message>
    <message>
        <source>%1 (QPV %2, outside %3)</source>
        <translation>%1 (QPV %2, outside %3)</translation>
    </message>
    <message>
        <source>Highest scores</source>
        <translation>Highest scores</translation>
    </message>
    <message>
        <source>No score: every base is too small.</source>
        <translation>No score: every base is too small.</translation>
    </message>
    <message>
        <source>Lowest scores</source>
        <translation>Lowest scores</translation>
    </message>
    <message>
        <source>Significant changes since %1 (%2 in all)</source>
        <translation>Significant changes since %1 (%2 in all)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Changes</translation>
    </message>
    <message>
        <source>No significant change since %1.</source>
        <translation>No significant change since %1.</translation>
    </message>
    <message>
        <source>No earlier wave of this scope to compare with.</source>
        <translation>No earlier wave of this scope to compare with.</translation>
    </message>
    <message>
        <source>Significant QPV gaps (%1 in all)</source>
        <translation>Significant QPV gaps (%1 in all)</translation>
    </message>
    <message>
        <source>No significant gap between QPV and outside QPV.</source>
        <translation>No significant gap between QPV and outside QPV.</translation>
    </message>
    <message>
        <source>Methodology</source>
        <translation>Methodology</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Each satisfaction question has four answers, scored 10 (very satisfied), 7 (fairly satisfied), 3 (fairly dissatisfied) and 0 (very dissatisfied). A question&apos;s score /10 is the weighted mean of these points over its valid answers; the % satisfied is the weighted share of the first two answers.</source>
        <translation>Each satisfaction question has four answers, scored 10 (very satisfied), 7 (fairly satisfied), 3 (fairly dissatisfied) and 0 (very dissatisfied). A question&apos;s score /10 is the weighted mean of these points over its valid answers; the % satisfied is the weighted share of the first two answers.</translation>
    </message>
    <message>
        <source>Rating bands</source>
        <translation>Rating bands</translation>
    </message>
    <message>
        <source>Below %1: insufficient; %1 to %2: average; %3 and above: satisfactory. The band is judged on the score rounded to one decimal.</source>
        <translation>Below %1: insufficient; %1 to %2: average; %3 and above: satisfactory. The band is judged on the score rounded to one decimal.</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Weighting</translation>
    </message>
    <message>
        <source>Every figure is weighted with the survey weights delivered with the file, so that the respondents stand for the tenants they represent. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted sample of the same precision.</source>
        <translation>Every figure is weighted with the survey weights delivered with the file, so that the respondents stand for the tenants they represent. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted sample of the same precision.</translation>
    </message>
    <message>
        <source>Margin of error and significance</source>
        <translation>Margin of error and significance</translation>
    </message>
    <message>
        <source>Small bases</source>
        <translation>Small bases</translation>
    </message>
    <message>
        <source>A group with fewer than 30 valid answers is shown as &quot;base too small&quot;, never as a score.</source>
        <translation>A group with fewer than 30 valid answers is shown as &quot;base too small&quot;, never as a score.</translation>
    </message>
    <message>
        <source>Improvement levers</source>
        <translation>Improvement levers</translation>
    </message>
    <message>
        <source>A question&apos;s importance is the weighted correlation between its points and overall satisfaction. Questions above the median importance and not above the median score are the priority levers.</source>
        <translation>A question&apos;s importance is the weighted correlation between its points and overall satisfaction. Questions above the median importance and not above the median score are the priority levers.</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Earlier waves come from the published figures when their answers were not kept. A change of scope (Nord-Pas-de-Calais and Picardie before 2020, Hauts-de-France since) breaks the line.</source>
        <translation>Earlier waves come from the published figures when their answers were not kept. A change of scope (Nord-Pas-de-Calais and Picardie before 2020, Hauts-de-France since) breaks the line.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The %1 wave, %2 respondents.</source>
        <translation>The %1 wave, %2 respondents.</translation>
    </message>
    <message>
        <source>The %1 wave, %2 respondents, imported from a file whose SHA-256 fingerprint is %3.</source>
        <translation>The %1 wave, %2 respondents, imported from a file whose SHA-256 fingerprint is %3.</translation>
    </message>
    <message>
        <source>Demo data: generated figures, not a real survey.</source>
        <translation>Demo data: generated figures, not a real survey.</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (table)</translation>
    </message>
    <message>
        <source>page %1 / %2</source>
        <translation>page %1 / %2</translation>
    </message>
    <message>
        <source>No wave to report on: import a survey first</source>
        <translation>No wave to report on: import a survey first</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Tenant satisfaction survey %1 — board pack</source>
        <translation>Tenant satisfaction survey %1 — board pack</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Tenant satisfaction survey · %1</source>
        <translation>Tenant satisfaction survey · %1</translation>
    </message>
    <message>
        <source>Respondents in the group</source>
        <translation>Respondents in the group</translation>
    </message>
    <message>
        <source>%1 answered the overall question; effective n %2</source>
        <translation>%1 answered the overall question; effective n %2</translation>
    </message>
    <message>
        <source>The 95% confidence interval is the score ± %1 standard errors (linearisation, as R&apos;s survey package computes it). Two independent groups (QPV and outside QPV, a landlord and the rest of its wave, a wave and the wave just before it) differ significantly when their gap exceeds %1 √(se₁² + se₂²).</source>
        <translation>The 95% confidence interval is the score ± %1 standard errors (linearisation, as R&apos;s survey package computes it). Two independent groups (QPV and outside QPV, a landlord and the rest of its wave, a wave and the wave just before it) differ significantly when their gap exceeds %1 √(se₁² + se₂²).</translation>
    </message>
    <message>
        <source>Sample design</source>
        <translation>Sample design</translation>
    </message>
    <message>
        <source>The sample is raked (&quot;redressé&quot;) to the population counts of %1 (SHA-256 %2…), starting from the file&apos;s weights, as R&apos;s survey::rake() does; standard errors account for this calibration. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted sample of the same precision. The next page reports the weights.</source>
        <translation>The sample is raked (&quot;redressé&quot;) to the population counts of %1 (SHA-256 %2…), starting from the file&apos;s weights, as R&apos;s survey::rake() does; standard errors account for this calibration. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted sample of the same precision. The next page reports the weights.</translation>
    </message>
    <message numerus="yes">
        <source>Raked to %1 in %n pass(es)</source>
        <translation>
            <numerusform>Raked to %1 in %n pass</numerusform>
            <numerusform>Raked to %1 in %n passes</numerusform>
        </translation>
    </message>
    <message>
        <source>Weights: from %1 to %2 (file: %3 to %4); coefficient of variation %5 (file: %6); design effect %7 (file: %8); effective size %9 of %10 respondents (file: %11).</source>
        <translation>Weights: from %1 to %2 (file: %3 to %4); coefficient of variation %5 (file: %6); design effect %7 (file: %8); effective size %9 of %10 respondents (file: %11).</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Sample, file&apos;s weights</source>
        <translation>Sample, file&apos;s weights</translation>
    </message>
    <message>
        <source>Sample, raked</source>
        <translation>Sample, raked</translation>
    </message>
    <message>
        <source>top quarter</source>
        <translation>top quarter</translation>
    </message>
    <message>
        <source>second quarter</source>
        <translation>second quarter</translation>
    </message>
    <message>
        <source>third quarter</source>
        <translation>third quarter</translation>
    </message>
    <message>
        <source>bottom quarter</source>
        <translation>bottom quarter</translation>
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
        <translation>Region</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>vs rest</source>
        <translation>vs rest</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
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
        <translation>Landlord</translation>
    </message>
    <message>
        <source>% satisfied</source>
        <translation>% satisfied</translation>
    </message>
    <message>
        <source>Rank %1 of %2 landlords with a base of 30 or more · %3 · region %4</source>
        <translation>Rank %1 of %2 landlords with a base of 30 or more · %3 · region %4</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>%1 and the region</source>
        <translation>%1 and the region</translation>
    </message>
    <message>
        <source>%1 wave · score /10 of each question beside the whole region&apos;s; gap = landlord − region; ✱ where the landlord differs significantly from the other landlords together (95%); rank and quarter among the landlords with a base of 30 or more</source>
        <translation>%1 wave · score /10 of each question beside the whole region&apos;s; gap = landlord − region; ✱ where the landlord differs significantly from the other landlords together (95%); rank and quarter among the landlords with a base of 30 or more</translation>
    </message>
    <message>
        <source>landlords named</source>
        <translation>landlords named</translation>
    </message>
    <message>
        <source>other landlords anonymous</source>
        <translation>other landlords anonymous</translation>
    </message>
    <message>
        <source>Among the landlords</source>
        <translation>Among the landlords</translation>
    </message>
    <message>
        <source>Landlord and region</source>
        <translation>Landlord and region</translation>
    </message>
    <message>
        <source>The region is every respondent of the wave. A landlord and the other landlords together are two groups of the same survey design; ✱ marks a gap significant at 95% between them. Rank and quarter are among the landlords with 30 or more valid answers (quartiles of their scores).</source>
        <translation>The region is every respondent of the wave. A landlord and the other landlords together are two groups of the same survey design; ✱ marks a gap significant at 95% between them. Rank and quarter are among the landlords with 30 or more valid answers (quartiles of their scores).</translation>
    </message>
    <message>
        <source>Other landlords</source>
        <translation>Other landlords</translation>
    </message>
    <message>
        <source>The other landlords are named: this pack is for the union&apos;s internal use.</source>
        <translation>The other landlords are named: this pack is for the union&apos;s internal use.</translation>
    </message>
    <message>
        <source>The other landlords are not named: each appears under a letter drawn for this wave (&quot;Landlord A&quot;…), the same in every landlord&apos;s report.</source>
        <translation>The other landlords are not named: each appears under a letter drawn for this wave (&quot;Landlord A&quot;…), the same in every landlord&apos;s report.</translation>
    </message>
    <message>
        <source>The sample is raked (&quot;redressé&quot;) to the population counts of %1 (SHA-256 %2…), starting from the file&apos;s weights, as R&apos;s survey::rake() does; standard errors account for this calibration. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted sample of the same precision.</source>
        <translation>The sample is raked (&quot;redressé&quot;) to the population counts of %1 (SHA-256 %2…), starting from the file&apos;s weights, as R&apos;s survey::rake() does; standard errors account for this calibration. The effective n (Kish), (Σw)² / Σw², is the size of an unweighted sample of the same precision.</translation>
    </message>
    <message>
        <source>Tenants living in a priority neighbourhood (QPV)</source>
        <translation>Tenants living in a priority neighbourhood (QPV)</translation>
    </message>
    <message>
        <source>Tenants living outside the priority neighbourhoods (QPV)</source>
        <translation>Tenants living outside the priority neighbourhoods (QPV)</translation>
    </message>
    <message>
        <source>Only the tenants whose %1 is %2</source>
        <translation>Only the tenants whose %1 is %2</translation>
    </message>
    <message>
        <source>%1 tenants answered the survey</source>
        <translation>%1 tenants answered the survey</translation>
    </message>
    <message>
        <source>%1 scores %2 /10</source>
        <translation>%1 scores %2 /10</translation>
    </message>
    <message>
        <source>%1 has too few answers for a score</source>
        <translation>%1 has too few answers for a score</translation>
    </message>
    <message>
        <source>Only one wave so far (%1): %2. The trend will be drawn from the next wave on.</source>
        <translation>Only one wave so far (%1): %2. The trend will be drawn from the next wave on.</translation>
    </message>
    <message>
        <source>Cannot read the logo %1</source>
        <translation>Cannot read the logo %1</translation>
    </message>
</context>
<context>
    <name>BoardPackDialog</name>
    <message>
        <source>satisfecit-board-pack</source>
        <comment>default file name, no spaces or accents</comment>
        <translation>satisfecit-board-pack</translation>
    </message>
    <message>
        <source>qpv</source>
        <comment>file name part, no spaces or accents</comment>
        <translation>qpv</translation>
    </message>
    <message>
        <source>outside-qpv</source>
        <comment>file name part, no spaces or accents</comment>
        <translation>outside-qpv</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Board pack</translation>
    </message>
    <message>
        <source>Tenant satisfaction survey</source>
        <comment>board pack title</comment>
        <translation>Tenant satisfaction survey</translation>
    </message>
    <message>
        <source>The title on the cover; empty for &quot;%1&quot;</source>
        <translation>The title on the cover; empty for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Write</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
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
        <translation>PDF documents (*.pdf);;PowerPoint presentations (*.pptx)</translation>
    </message>
</context>
<context>
    <name>ChartDescription</name>
    <message>
        <source>Score</source>
        <translation>Score</translation>
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
        <translation>outside QPV</translation>
    </message>
    <message>
        <source>n = %1, too few answers to show a score</source>
        <translation>n = %1, too few answers to show a score</translation>
    </message>
    <message>
        <source>n = %1, effective n = %2, margin of error ±%3 points</source>
        <translation>n = %1, effective n = %2, margin of error ±%3 points</translation>
    </message>
    <message>
        <source>Scores by question</source>
        <translation>Scores by question</translation>
    </message>
    <message>
        <source>QPV and outside QPV</source>
        <translation>QPV and outside QPV</translation>
    </message>
    <message>
        <source>Scores since 2004</source>
        <translation>Scores since 2004</translation>
    </message>
    <message>
        <source>Landlords</source>
        <translation>Landlords</translation>
    </message>
    <message>
        <source>Improvement levers</source>
        <translation>Improvement levers</translation>
    </message>
    <message>
        <source>Answers by question</source>
        <translation>Answers by question</translation>
    </message>
    <message>
        <source>Base (%1): %2 (95%).</source>
        <translation>Base (%1): %2 (95%).</translation>
    </message>
    <message>
        <source>Source: demo data, file %1… (SHA-256).</source>
        <translation>Source: demo data, file %1… (SHA-256).</translation>
    </message>
    <message>
        <source>Source: file %1… (SHA-256).</source>
        <translation>Source: file %1… (SHA-256).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Information and uses</source>
        <translation>Information and uses</translation>
    </message>
    <message>
        <source>Shares of the valid answers to each question (bases in the table), margin of error at most ±%1 points (95%); ✱ a significant gap between QPV and outside QPV (95%); black tick: the published share.</source>
        <translation>Shares of the valid answers to each question (bases in the table), margin of error at most ±%1 points (95%); ✱ a significant gap between QPV and outside QPV (95%); black tick: the published share.</translation>
    </message>
    <message>
        <source>Results raked to the margins %1 (%2…, SHA-256); standard errors account for the raking.</source>
        <translation>Results raked to the margins %1 (%2…, SHA-256); standard errors account for the raking.</translation>
    </message>
    <message>
        <source>Weighted results.</source>
        <translation>Weighted results.</translation>
    </message>
    <message>
        <source>Groups of fewer than 30 answers are shown without a score.</source>
        <translation>Groups of fewer than 30 answers are shown without a score.</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>The size %1 × %2 is out of range (200 × 150 to 20000 × 20000)</source>
        <translation>The size %1 × %2 is out of range (200 × 150 to 20000 × 20000)</translation>
    </message>
    <message>
        <source>The resolution %1 dpi is out of range (24 to 1200)</source>
        <translation>The resolution %1 dpi is out of range (24 to 1200)</translation>
    </message>
    <message>
        <source>The image would have more than 200 million pixels</source>
        <translation>The image would have more than 200 million pixels</translation>
    </message>
    <message>
        <source>Not enough memory for a %1 × %2 image</source>
        <translation>Not enough memory for a %1 × %2 image</translation>
    </message>
    <message>
        <source>the image could not be encoded</source>
        <translation>the image could not be encoded</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>the SVG could not be started</translation>
    </message>
    <message>
        <source>This chart cannot be drawn from its table</source>
        <translation>This chart cannot be drawn from its table</translation>
    </message>
    <message>
        <source>%1: expected a .png, .pdf, .svg or .pptx file name</source>
        <translation>%1: expected a .png, .pdf, .svg or .pptx file name</translation>
    </message>
</context>
<context>
    <name>ChartExportDialog</name>
    <message>
        <source>Slide 16:9</source>
        <translation>Slide 16:9</translation>
    </message>
    <message>
        <source>Slide 4:3</source>
        <translation>Slide 4:3</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 landscape</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 portrait</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>PNG image (for slides and documents)</source>
        <translation>PNG image (for slides and documents)</translation>
    </message>
    <message>
        <source>PDF document (vector, for print)</source>
        <translation>PDF document (vector, for print)</translation>
    </message>
    <message>
        <source>SVG drawing (vector, editable)</source>
        <translation>SVG drawing (vector, editable)</translation>
    </message>
    <message>
        <source>%1 (%2 × %3)</source>
        <translation>%1 (%2 × %3)</translation>
    </message>
    <message>
        <source>Custom size</source>
        <translation>Custom size</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>192 dpi gives two image pixels per point: sharp on a slide and on a high-density screen</source>
        <translation>192 dpi gives two image pixels per point: sharp on a slide and on a high-density screen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Size:</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ile:</translation>
    </message>
    <message>
        <source>Image of %1 × %2 pixels</source>
        <translation>Image of %1 × %2 pixels</translation>
    </message>
    <message>
        <source>Vector: sharp at any size; text stays text</source>
        <translation>Vector: sharp at any size; text stays text</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 already exists. Replace it?</translation>
    </message>
    <message>
        <source>PowerPoint slide (native chart, data editable)</source>
        <translation>PowerPoint slide (native chart, data editable)</translation>
    </message>
    <message>
        <source>A PowerPoint chart: restyle it and edit its data in PowerPoint</source>
        <translation>A PowerPoint chart: restyle it and edit its data in PowerPoint</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>PowerPoint presentations (*.pptx)</translation>
    </message>
</context>
<context>
    <name>ChartPage</name>
    <message>
        <source>Scores by theme</source>
        <translation>Scores by theme</translation>
    </message>
    <message>
        <source>QPV and outside QPV</source>
        <translation>QPV and outside QPV</translation>
    </message>
    <message>
        <source>Distribution of answers</source>
        <translation>Distribution of answers</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with fewer than 30 valid answers: not drawn as a score.</source>
        <translation>
            <numerusform>%n row with fewer than 30 valid answers: not drawn as a score.</numerusform>
            <numerusform>%n rows with fewer than 30 valid answers: not drawn as a score.</numerusform>
        </translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>Generated answers and illustrative figures, not a real survey.</source>
        <translation>Generated answers and illustrative figures, not a real survey.</translation>
    </message>
    <message>
        <source>&amp;Copy table</source>
        <translation>&amp;Copy table</translation>
    </message>
    <message>
        <source>Copies the selected rows, or the whole table, as tab-separated text for a spreadsheet</source>
        <translation>Copies the selected rows, or the whole table, as tab-separated text for a spreadsheet</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Trends since 2004</source>
        <translation>Trends since 2004</translation>
    </message>
    <message>
        <source>Landlords</source>
        <translation>Landlords</translation>
    </message>
    <message>
        <source>Improvement levers</source>
        <translation>Improvement levers</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>Saves or copies the chart for a slide or a report, or saves the table for a spreadsheet</source>
        <translation>Saves or copies the chart for a slide or a report, or saves the table for a spreadsheet</translation>
    </message>
    <message>
        <source>Copy the chart (image and table)</source>
        <translation>Copy the chart (image and table)</translation>
    </message>
    <message>
        <source>Save the table for Excel (CSV or XLSX)…</source>
        <translation>Save the table for Excel (CSV or XLSX)…</translation>
    </message>
    <message>
        <source>Export the chart</source>
        <translation>Export the chart</translation>
    </message>
    <message>
        <source>Chart saved to %1</source>
        <translation>Chart saved to %1</translation>
    </message>
    <message>
        <source>Chart copied: paste it into a slide, or into a spreadsheet for its table</source>
        <translation>Chart copied: paste it into a slide, or into a spreadsheet for its table</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Save the table</source>
        <translation>Save the table</translation>
    </message>
    <message>
        <source>Table saved to %1</source>
        <translation>Table saved to %1</translation>
    </message>
    <message>
        <source>Table copied: paste it into a spreadsheet or a document</source>
        <translation>Table copied: paste it into a spreadsheet or a document</translation>
    </message>
    <message>
        <source>outside QPV</source>
        <translation>outside QPV</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>all tenants</source>
        <translation>all tenants</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Wave</source>
        <translation>Wave</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>whole region</source>
        <translation>whole region</translation>
    </message>
    <message>
        <source>Neighbourhood</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Exported on</source>
        <translation>Exported on</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filters</translation>
    </message>
    <message>
        <source>Information and uses</source>
        <translation>Information and uses</translation>
    </message>
    <message>
        <source>Save the chart as an image, PDF or PowerPoint…</source>
        <translation>Save the chart as an image, PDF or PowerPoint…</translation>
    </message>
</context>
<context>
    <name>ChartStyle</name>
    <message>
        <source>Average (%1–%2)</source>
        <translation>Average (%1–%2)</translation>
    </message>
    <message>
        <source>Base too small (n &lt; 30)</source>
        <translation>Base too small (n &lt; 30)</translation>
    </message>
    <message>
        <source>Insufficient (under %1)</source>
        <translation>Insufficient (under %1)</translation>
    </message>
    <message>
        <source>Satisfactory (%1+)</source>
        <translation>Satisfactory (%1+)</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>B&amp;rowse…</translation>
    </message>
    <message>
        <source>Choose the survey file</source>
        <translation>Choose the survey file</translation>
    </message>
    <message>
        <source>Choose a file or drop it here</source>
        <translation>Choose a file or drop it here</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>From the file</translation>
    </message>
    <message>
        <source>Only needed when the file has no year column (annee, year or vague).</source>
        <translation>Only needed when the file has no year column (annee, year or vague).</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>Wave &amp;year:</source>
        <translation>Wave &amp;year:</translation>
    </message>
    <message>
        <source>&amp;Scope:</source>
        <translation>&amp;Scope:</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>This file does not exist.</translation>
    </message>
    <message>
        <source>This is a folder: choose a file.</source>
        <translation>This is a folder: choose a file.</translation>
    </message>
    <message>
        <source>Import a survey</source>
        <translation>Import a survey</translation>
    </message>
    <message>
        <source>The respondent file delivered by the survey provider: CSV or text, Excel (.xlsx) or SPSS (.sav, .zsav). Nothing is written to the store before the last step.</source>
        <translation>The respondent file delivered by the survey provider: CSV or text, Excel (.xlsx) or SPSS (.sav, .zsav). Nothing is written to the store before the last step.</translation>
    </message>
    <message>
        <source>Unsupported file type: choose a .csv, .tsv, .txt, .xlsx, .sav or .zsav file.</source>
        <translation>Unsupported file type: choose a .csv, .tsv, .txt, .xlsx, .sav or .zsav file.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Language: fr or en.</source>
        <translation>Language: fr or en.</translation>
    </message>
    <message>
        <source>Output: table, csv or json.</source>
        <translation>Output: table, csv or json.</translation>
    </message>
    <message>
        <source>Show help.</source>
        <translation>Show help.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Show the version.</translation>
    </message>
    <message>
        <source>Try &apos;satisfecit --help&apos;.</source>
        <translation>Try &apos;satisfecit --help&apos;.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unknown command &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;: expected fr or en</source>
        <translation>unknown language &quot;%1&quot;: expected fr or en</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: expected table, csv or json</source>
        <translation>unknown format &quot;%1&quot;: expected table, csv or json</translation>
    </message>
    <message>
        <source>add or update questions from a codebook CSV</source>
        <translation>add or update questions from a codebook CSV</translation>
    </message>
    <message>
        <source>import published aggregate figures</source>
        <translation>import published aggregate figures</translation>
    </message>
    <message>
        <source>show how a file is read; writes nothing</source>
        <translation>show how a file is read; writes nothing</translation>
    </message>
    <message>
        <source>figures per question (score, % satisfied, interval, n, band)</source>
        <translation>figures per question (score, % satisfied, interval, n, band)</translation>
    </message>
    <message>
        <source>one question across all waves, published and computed</source>
        <translation>one question across all waves, published and computed</translation>
    </message>
    <message>
        <source>importance and score per question: the improvement levers</source>
        <translation>importance and score per question: the improvement levers</translation>
    </message>
    <message>
        <source>list the waves in the store</source>
        <translation>list the waves in the store</translation>
    </message>
    <message>
        <source>remove one wave and everything derived from it</source>
        <translation>remove one wave and everything derived from it</translation>
    </message>
    <message>
        <source>--year: expected a year</source>
        <translation>--year: expected a year</translation>
    </message>
    <message>
        <source>no wave and no published figure for %1</source>
        <translation>no wave and no published figure for %1</translation>
    </message>
    <message>
        <source>The wave&apos;s year (default: the latest).</source>
        <translation>The wave&apos;s year (default: the latest).</translation>
    </message>
    <message>
        <source>The wave&apos;s scope, when a year has several.</source>
        <translation>The wave&apos;s scope, when a year has several.</translation>
    </message>
    <message>
        <source>none, qpv, landlord or a segment column.</source>
        <translation>none, qpv, landlord or a segment column.</translation>
    </message>
    <message>
        <source>Only this landlord&apos;s tenants.</source>
        <translation>Only this landlord&apos;s tenants.</translation>
    </message>
    <message>
        <source>Only this question.</source>
        <translation>Only this question.</translation>
    </message>
    <message>
        <source>question %1 is not in the codebook</source>
        <translation>question %1 is not in the codebook</translation>
    </message>
    <message>
        <source>the store has no wave yet: import one first</source>
        <translation>the store has no wave yet: import one first</translation>
    </message>
    <message>
        <source>landlord %1 is not in the wave %2</source>
        <translation>landlord %1 is not in the wave %2</translation>
    </message>
    <message>
        <source>--by %1: expected none, qpv, landlord or a segment column (%2)</source>
        <translation>--by %1: expected none, qpv, landlord or a segment column (%2)</translation>
    </message>
    <message>
        <source>The question (required).</source>
        <translation>The question (required).</translation>
    </message>
    <message>
        <source>none or qpv.</source>
        <translation>none or qpv.</translation>
    </message>
    <message>
        <source>trend needs --code, e.g. --code Q01</source>
        <translation>trend needs --code, e.g. --code Q01</translation>
    </message>
    <message>
        <source>--by %1: expected none or qpv</source>
        <translation>--by %1: expected none or qpv</translation>
    </message>
    <message>
        <source>no wave %1 with respondents in the store</source>
        <translation>no wave %1 with respondents in the store</translation>
    </message>
    <message>
        <source>the wave has no overall-satisfaction question: no driver analysis</source>
        <translation>the wave has no overall-satisfaction question: no driver analysis</translation>
    </message>
    <message>
        <source>Text encoding: utf-8 or windows-1252 (detected by default).</source>
        <translation>Text encoding: utf-8 or windows-1252 (detected by default).</translation>
    </message>
    <message>
        <source>Field delimiter: &apos;;&apos; &apos;,&apos; &apos;tab&apos; or &apos;|&apos; (detected by default).</source>
        <translation>Field delimiter: &apos;;&apos; &apos;,&apos; &apos;tab&apos; or &apos;|&apos; (detected by default).</translation>
    </message>
    <message>
        <source>Excel sheet, by number (from 1) or name.</source>
        <translation>Excel sheet, by number (from 1) or name.</translation>
    </message>
    <message>
        <source>unknown delimiter &quot;%1&quot;: expected ; , tab or |</source>
        <translation>unknown delimiter &quot;%1&quot;: expected ; , tab or |</translation>
    </message>
    <message>
        <source>(more errors not shown)</source>
        <translation>(more errors not shown)</translation>
    </message>
    <message>
        <source>Nothing was written to the store.</source>
        <translation>Nothing was written to the store.</translation>
    </message>
    <message>
        <source>A codebook CSV whose questions are added first.</source>
        <translation>A codebook CSV whose questions are added first.</translation>
    </message>
    <message>
        <source>The wave&apos;s year, when the file has no year column.</source>
        <translation>The wave&apos;s year, when the file has no year column.</translation>
    </message>
    <message>
        <source>The wave&apos;s scope (default: Hauts-de-France).</source>
        <translation>The wave&apos;s scope (default: Hauts-de-France).</translation>
    </message>
    <message>
        <source>Replace the wave of the same year and scope.</source>
        <translation>Replace the wave of the same year and scope.</translation>
    </message>
    <message>
        <source>import takes one file</source>
        <translation>import takes one file</translation>
    </message>
    <message>
        <source>--year: expected a year between 1990 and 2100</source>
        <translation>--year: expected a year between 1990 and 2100</translation>
    </message>
    <message>
        <source>--scope cannot be empty</source>
        <translation>--scope cannot be empty</translation>
    </message>
    <message>
        <source>Imported %1 as the wave %2 %3: %4 respondents, %5 questions, %6 segment columns%7.</source>
        <translation>Imported %1 as the wave %2 %3: %4 respondents, %5 questions, %6 segment columns%7.</translation>
    </message>
    <message>
        <source>import-codebook takes one file</source>
        <translation>import-codebook takes one file</translation>
    </message>
    <message>
        <source>Saved %1 questions from %2.</source>
        <translation>Saved %1 questions from %2.</translation>
    </message>
    <message>
        <source>import-published takes one file</source>
        <translation>import-published takes one file</translation>
    </message>
    <message>
        <source>Saved %1 published figures from %2.</source>
        <translation>Saved %1 published figures from %2.</translation>
    </message>
    <message>
        <source>How many rows to show (default 10).</source>
        <translation>How many rows to show (default 10).</translation>
    </message>
    <message>
        <source>preview takes one file</source>
        <translation>preview takes one file</translation>
    </message>
    <message>
        <source>--rows: expected a whole number</source>
        <translation>--rows: expected a whole number</translation>
    </message>
    <message>
        <source>encoding: %1</source>
        <translation>encoding: %1</translation>
    </message>
    <message>
        <source>delimiter: %1</source>
        <translation>delimiter: %1</translation>
    </message>
    <message>
        <source>sheet: %1</source>
        <translation>sheet: %1</translation>
    </message>
    <message>
        <source>delete-wave takes one year, e.g. delete-wave 2020</source>
        <translation>delete-wave takes one year, e.g. delete-wave 2020</translation>
    </message>
    <message>
        <source>no wave %1%2 in the store</source>
        <translation>no wave %1%2 in the store</translation>
    </message>
    <message>
        <source>%1 has several waves (%2): choose one with --scope</source>
        <translation>%1 has several waves (%2): choose one with --scope</translation>
    </message>
    <message>
        <source>Deleted the wave %1 %2 (%3 respondents).</source>
        <translation>Deleted the wave %1 %2 (%3 respondents).</translation>
    </message>
    <message>
        <source>load the bundled demo data into the store (--remove takes it out)</source>
        <translation>load the bundled demo data into the store (--remove takes it out)</translation>
    </message>
    <message>
        <source>Remove the demo data instead of loading it.</source>
        <translation>Remove the demo data instead of loading it.</translation>
    </message>
    <message>
        <source>The demo data was removed; your own imports are kept.</source>
        <translation>The demo data was removed; your own imports are kept.</translation>
    </message>
    <message>
        <source>render one chart to PNG, PDF or SVG (format from the extension)</source>
        <translation>render one chart to PNG, PDF or SVG (format from the extension)</translation>
    </message>
    <message>
        <source>write the board pack: a multi-page A4 landscape PDF</source>
        <translation>write the board pack: a multi-page A4 landscape PDF</translation>
    </message>
    <message>
        <source>Only this landlord&apos;s tenants (compared with the region).</source>
        <translation>Only this landlord&apos;s tenants (compared with the region).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>The file to write.</translation>
    </message>
    <message>
        <source>The question of a trend or ranking (default: overall satisfaction).</source>
        <translation>The question of a trend or ranking (default: overall satisfaction).</translation>
    </message>
    <message>
        <source>Width in logical pixels (default 1600).</source>
        <translation>Width in logical pixels (default 1600).</translation>
    </message>
    <message>
        <source>Height in logical pixels (default 900).</source>
        <translation>Height in logical pixels (default 900).</translation>
    </message>
    <message>
        <source>PNG resolution: 192 (the default) gives 2 pixels per logical pixel.</source>
        <translation>PNG resolution: 192 (the default) gives 2 pixels per logical pixel.</translation>
    </message>
    <message>
        <source>chart needs one kind: %1</source>
        <translation>chart needs one kind: %1</translation>
    </message>
    <message>
        <source>unknown chart &quot;%1&quot;: expected %2</source>
        <translation>unknown chart &quot;%1&quot;: expected %2</translation>
    </message>
    <message>
        <source>--width, --height and --dpi take a positive whole number</source>
        <translation>--width, --height and --dpi take a positive whole number</translation>
    </message>
    <message>
        <source>change the sample design of a wave (its strata)</source>
        <translation>change the sample design of a wave (its strata)</translation>
    </message>
    <message>
        <source>The column holding the sample design&apos;s strata (bailleur for the landlord).</source>
        <translation>The column holding the sample design&apos;s strata (bailleur for the landlord).</translation>
    </message>
    <message>
        <source>--strata: expected a column of the file, e.g. --strata bailleur</source>
        <translation>--strata: expected a column of the file, e.g. --strata bailleur</translation>
    </message>
    <message>
        <source>The wave&apos;s year.</source>
        <translation>The wave&apos;s year.</translation>
    </message>
    <message>
        <source>The column holding the strata (bailleur for the landlord), or none.</source>
        <translation>The column holding the strata (bailleur for the landlord), or none.</translation>
    </message>
    <message>
        <source>design takes no file: design --year Y --strata COLUMN|none</source>
        <translation>design takes no file: design --year Y --strata COLUMN|none</translation>
    </message>
    <message>
        <source>design needs --year, e.g. design --year 2020 --strata bailleur</source>
        <translation>design needs --year, e.g. design --year 2020 --strata bailleur</translation>
    </message>
    <message>
        <source>design needs --strata COLUMN, or --strata none for no strata</source>
        <translation>design needs --strata COLUMN, or --strata none for no strata</translation>
    </message>
    <message>
        <source>--strata %1: expected none, bailleur or a column of the wave (%2)</source>
        <translation>--strata %1: expected none, bailleur or a column of the wave (%2)</translation>
    </message>
    <message>
        <source>The wave %1 %2 now has no strata.</source>
        <translation>The wave %1 %2 now has no strata.</translation>
    </message>
    <message>
        <source>The wave %1 %2 is now stratified by %3.</source>
        <translation>The wave %1 %2 is now stratified by %3.</translation>
    </message>
    <message>
        <source>shares of each option of yes/no and single-choice questions</source>
        <translation>shares of each option of yes/no and single-choice questions</translation>
    </message>
    <message>
        <source>One option&apos;s share (yes/no and single-choice questions).</source>
        <translation>One option&apos;s share (yes/no and single-choice questions).</translation>
    </message>
    <message>
        <source>Only this question (a satisfaction question gives its four answers).</source>
        <translation>Only this question (a satisfaction question gives its four answers).</translation>
    </message>
    <message>
        <source>--option %1 is not an option of question %2</source>
        <translation>--option %1 is not an option of question %2</translation>
    </message>
    <message>
        <source>Columns not to import at all, comma-separated (columns that identify tenants).</source>
        <translation>Columns not to import at all, comma-separated (columns that identify tenants).</translation>
    </message>
    <message>
        <source>Columns to keep although they identify tenants, comma-separated (recorded in the wave&apos;s notes).</source>
        <translation>Columns to keep although they identify tenants, comma-separated (recorded in the wave&apos;s notes).</translation>
    </message>
    <message>
        <source>Dropped without being read: %1.</source>
        <translation>Dropped without being read: %1.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>To import the file without them: --drop-columns &quot;%1&quot; (or --keep-columns to keep one knowingly).</source>
        <translation>To import the file without them: --drop-columns &quot;%1&quot; (or --keep-columns to keep one knowingly).</translation>
    </message>
    <message>
        <source>rake a wave to population margins, or go back to the file&apos;s weights</source>
        <translation>rake a wave to population margins, or go back to the file&apos;s weights</translation>
    </message>
    <message>
        <source>weight needs --year, e.g. weight --year 2020 --margins margins.csv</source>
        <translation>weight needs --year, e.g. weight --year 2020 --margins margins.csv</translation>
    </message>
    <message>
        <source>The population margins file (CSV: variable, value, count).</source>
        <translation>The population margins file (CSV: variable, value, count).</translation>
    </message>
    <message>
        <source>Bounds of the raked weights, e.g. 0.3,3.</source>
        <translation>Bounds of the raked weights, e.g. 0.3,3.</translation>
    </message>
    <message>
        <source>Go back to the file&apos;s weights.</source>
        <translation>Go back to the file&apos;s weights.</translation>
    </message>
    <message>
        <source>weight takes --margins FILE or --reset</source>
        <translation>weight takes --margins FILE or --reset</translation>
    </message>
    <message>
        <source>--trim: expected MIN,MAX with 0 &lt;= MIN &lt; MAX, e.g. 0.3,3</source>
        <translation>--trim: expected MIN,MAX with 0 &lt;= MIN &lt; MAX, e.g. 0.3,3</translation>
    </message>
    <message>
        <source>The wave %1 %2 already has its file&apos;s weights.</source>
        <translation>The wave %1 %2 already has its file&apos;s weights.</translation>
    </message>
    <message>
        <source>The wave %1 %2 is back to its file&apos;s weights.</source>
        <translation>The wave %1 %2 is back to its file&apos;s weights.</translation>
    </message>
    <message>
        <source>--db: expected the path of a store, not an empty name</source>
        <translation>--db: expected the path of a store, not an empty name</translation>
    </message>
    <message>
        <source>cannot write the output (a full disk, or a closed pipe)</source>
        <translation>cannot write the output (a full disk, or a closed pipe)</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;: expected utf-8 or windows-1252</source>
        <translation>unknown encoding &quot;%1&quot;: expected utf-8 or windows-1252</translation>
    </message>
    <message>
        <source>import a respondent file (CSV/TSV/TXT, XLSX, SAV/ZSAV) as one wave</source>
        <translation>import a respondent file (CSV/TSV/TXT, XLSX, SAV/ZSAV) as one wave</translation>
    </message>
    <message>
        <source>Only the waves and published figures of this scope.</source>
        <translation>Only the waves and published figures of this scope.</translation>
    </message>
    <message>
        <source>no wave or published figure has the scope &quot;%1&quot;</source>
        <translation>no wave or published figure has the scope &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--each-landlord and --landlord do not go together</source>
        <translation>--each-landlord and --landlord do not go together</translation>
    </message>
    <message>
        <source>report: the format comes from --out&apos;s extension; --format goes with --each-landlord</source>
        <translation>report: the format comes from --out&apos;s extension; --format goes with --each-landlord</translation>
    </message>
    <message>
        <source>One report per landlord of the wave, written into the folder --out DIR.</source>
        <translation>One report per landlord of the wave, written into the folder --out DIR.</translation>
    </message>
    <message>
        <source>How a report shows the other landlords: anonymous (letters, the default of a landlord&apos;s report) or named.</source>
        <translation>How a report shows the other landlords: anonymous (letters, the default of a landlord&apos;s report) or named.</translation>
    </message>
    <message>
        <source>--peers: expected anonymous or named, not &quot;%1&quot;</source>
        <translation>--peers: expected anonymous or named, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>report --each-landlord needs --out DIR, an existing folder</source>
        <translation>report --each-landlord needs --out DIR, an existing folder</translation>
    </message>
    <message>
        <source>--format: expected pdf or pptx for reports, not &quot;%1&quot;</source>
        <translation>--format: expected pdf or pptx for reports, not &quot;%1&quot;</translation>
    </message>
    <message>
        <source>chart needs --out FILE.png, .pdf, .svg or .pptx</source>
        <translation>chart needs --out FILE.png, .pdf, .svg or .pptx</translation>
    </message>
    <message>
        <source>--out %1: expected a .png, .pdf, .svg or .pptx file</source>
        <translation>--out %1: expected a .png, .pdf, .svg or .pptx file</translation>
    </message>
    <message>
        <source>report takes no argument: use --out FILE.pdf or FILE.pptx</source>
        <translation>report takes no argument: use --out FILE.pdf or FILE.pptx</translation>
    </message>
    <message>
        <source>report needs --out FILE.pdf or FILE.pptx</source>
        <translation>report needs --out FILE.pdf or FILE.pptx</translation>
    </message>
    <message>
        <source>The title on the cover (default: the survey&apos;s name).</source>
        <translation>The title on the cover (default: the survey&apos;s name).</translation>
    </message>
    <message>
        <source>A logo for the cover: a PNG, JPEG or SVG file.</source>
        <translation>A logo for the cover: a PNG, JPEG or SVG file.</translation>
    </message>
    <message>
        <source>cannot read the logo %1</source>
        <translation>cannot read the logo %1</translation>
    </message>
    <message>
        <source>--qpv cannot be used with --by qpv</source>
        <translation>--qpv cannot be used with --by qpv</translation>
    </message>
    <message>
        <source>--segment cannot be used with --by a segment column</source>
        <translation>--segment cannot be used with --by a segment column</translation>
    </message>
    <message>
        <source>Only the tenants in a QPV (yes) or outside (no).</source>
        <translation>Only the tenants in a QPV (yes) or outside (no).</translation>
    </message>
    <message>
        <source>Only the tenants with this value of a segment column.</source>
        <translation>Only the tenants with this value of a segment column.</translation>
    </message>
    <message>
        <source>--%1 %2: expected a segment column of the wave (%3)</source>
        <translation>--%1 %2: expected a segment column of the wave (%3)</translation>
    </message>
    <message>
        <source>--qpv %1: expected yes or no</source>
        <translation>--qpv %1: expected yes or no</translation>
    </message>
    <message>
        <source>--segment %1: expected COLUMN=VALUE</source>
        <translation>--segment %1: expected COLUMN=VALUE</translation>
    </message>
    <message>
        <source>--segment: %1 has no value %2 (%3)</source>
        <translation>--segment: %1 has no value %2 (%3)</translation>
    </message>
    <message>
        <source>the landlords ranked on one question, each against the rest of the wave</source>
        <translation>the landlords ranked on one question, each against the rest of the wave</translation>
    </message>
    <message>
        <source>The question (default: overall satisfaction).</source>
        <translation>The question (default: overall satisfaction).</translation>
    </message>
    <message>
        <source>--code %1: expected a satisfaction question of the wave</source>
        <translation>--code %1: expected a satisfaction question of the wave</translation>
    </message>
    <message>
        <source>--each-landlord takes no --qpv or --segment</source>
        <translation>--each-landlord takes no --qpv or --segment</translation>
    </message>
    <message>
        <source>Usage: satisfecit [--db PATH|URI] [--lang fr|en] COMMAND [options]

Without a command, opens the Satisfecit window.

Commands:
</source>
        <translation>Usage: satisfecit [--db PATH|URI] [--lang fr|en] COMMAND [options]

Without a command, opens the Satisfecit window.

Commands:
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
Global options:
  --db PATH|URI      the store: a file (default: $SATISFECIT_DB, else %1),
                     or a server, postgresql://USER@HOST:PORT/DATABASE?sslmode=…
  --lang fr|en       language of messages and figures
  --format F         table, csv or json, for commands that print data
  -h, --help         this help; COMMAND --help for a command&apos;s options
  -v, --version      the version

Exit codes: 0 done, 1 bad command line, 2 invalid input file, 3 store error.
</translation>
    </message>
    <message>
        <source>The store: a file, or a server&apos;s postgresql:// URI.</source>
        <translation>The store: a file, or a server&apos;s postgresql:// URI.</translation>
    </message>
    <message>
        <source>%1 is for a store on a PostgreSQL server: give --db postgresql://…</source>
        <translation>%1 is for a store on a PostgreSQL server: give --db postgresql://…</translation>
    </message>
    <message>
        <source>create or upgrade the store&apos;s tables on a PostgreSQL server (--db postgresql://…)</source>
        <translation>create or upgrade the store&apos;s tables on a PostgreSQL server (--db postgresql://…)</translation>
    </message>
    <message>
        <source>The store %1 is ready (schema %2).</source>
        <translation>The store %1 is ready (schema %2).</translation>
    </message>
    <message>
        <source>on a server store: add, remove or list who may connect</source>
        <translation>on a server store: add, remove or list who may connect</translation>
    </message>
    <message>
        <source>not allowed: %1</source>
        <translation>not allowed: %1</translation>
    </message>
    <message>
        <source>server-user add takes --landlord CODE or --admin (one of them)</source>
        <translation>server-user add takes --landlord CODE or --admin (one of them)</translation>
    </message>
    <message>
        <source>--landlord: expected a landlord code</source>
        <translation>--landlord: expected a landlord code</translation>
    </message>
    <message>
        <source>--password-stdin: no password on standard input</source>
        <translation>--password-stdin: no password on standard input</translation>
    </message>
    <message>
        <source>User %1 added: an administrator of the store.</source>
        <translation>User %1 added: an administrator of the store.</translation>
    </message>
    <message>
        <source>User %1 added: sees landlord %2 and the region, other landlords anonymous.</source>
        <translation>User %1 added: sees landlord %2 and the region, other landlords anonymous.</translation>
    </message>
    <message>
        <source>It has no password: set one with --password-stdin, or let the server authenticate it otherwise (certificates).</source>
        <translation>It has no password: set one with --password-stdin, or let the server authenticate it otherwise (certificates).</translation>
    </message>
    <message>
        <source>The user sees this landlord&apos;s data.</source>
        <translation>The user sees this landlord&apos;s data.</translation>
    </message>
    <message>
        <source>The user imports, deletes and sees everything.</source>
        <translation>The user imports, deletes and sees everything.</translation>
    </message>
    <message>
        <source>Read the new user&apos;s password from the first line of standard input.</source>
        <translation>Read the new user&apos;s password from the first line of standard input.</translation>
    </message>
    <message>
        <source>User %1 removed.</source>
        <translation>User %1 removed.</translation>
    </message>
    <message>
        <source>server-user takes add NAME (--landlord CODE | --admin), remove NAME or list</source>
        <translation>server-user takes add NAME (--landlord CODE | --admin), remove NAME or list</translation>
    </message>
    <message>
        <source>not allowed: %1 is for the store&apos;s administrators; this user sees landlord %2 and the region only</source>
        <translation>not allowed: %1 is for the store&apos;s administrators; this user sees landlord %2 and the region only</translation>
    </message>
    <message>
        <source>not allowed: the region&apos;s figures by %1 need every landlord&apos;s respondents; this user sees those of landlord %2 (add --landlord %2)</source>
        <translation>not allowed: the region&apos;s figures by %1 need every landlord&apos;s respondents; this user sees those of landlord %2 (add --landlord %2)</translation>
    </message>
    <message>
        <source>not allowed: this user sees landlord %1 only, and the other landlords anonymously</source>
        <translation>not allowed: this user sees landlord %1 only, and the other landlords anonymously</translation>
    </message>
    <message>
        <source>the roles and access rules of the store could not be set up: %1</source>
        <translation>the roles and access rules of the store could not be set up: %1</translation>
    </message>
    <message>
        <source>the landlords&apos; summaries of the waves could not be written: %1</source>
        <translation>the landlords&apos; summaries of the waves could not be written: %1</translation>
    </message>
    <message>
        <source>the landlords&apos; designs of the waves could not be written: %1</source>
        <translation>the landlords&apos; designs of the waves could not be written: %1</translation>
    </message>
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>required column &quot;%1&quot; is missing; the header has: %2</source>
        <translation>required column &quot;%1&quot; is missing; the header has: %2</translation>
    </message>
    <message>
        <source>empty question code</source>
        <translation>empty question code</translation>
    </message>
    <message>
        <source>question code &quot;%1&quot; appears twice</source>
        <translation>question code &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>empty theme for question %1</source>
        <translation>empty theme for question %1</translation>
    </message>
    <message>
        <source>empty French label for question %1</source>
        <translation>empty French label for question %1</translation>
    </message>
    <message>
        <source>type &quot;%1&quot;: expected satisfaction4, yesno or single</source>
        <translation>type &quot;%1&quot;: expected satisfaction4, yesno or single</translation>
    </message>
    <message>
        <source>global &quot;%1&quot;: expected 1 or empty</source>
        <translation>global &quot;%1&quot;: expected 1 or empty</translation>
    </message>
    <message>
        <source>option &quot;%1&quot;: expected code=label with a unique code</source>
        <translation>option &quot;%1&quot;: expected code=label with a unique code</translation>
    </message>
    <message>
        <source>a single-choice question needs options code=label|code=label</source>
        <translation>a single-choice question needs options code=label|code=label</translation>
    </message>
    <message>
        <source>more than 250 options</source>
        <translation>more than 250 options</translation>
    </message>
    <message>
        <source>options are only for single-choice questions</source>
        <translation>options are only for single-choice questions</translation>
    </message>
    <message>
        <source>the overall-satisfaction question must be of type satisfaction4</source>
        <translation>the overall-satisfaction question must be of type satisfaction4</translation>
    </message>
    <message>
        <source>question %1 names itself as its parent</source>
        <translation>question %1 names itself as its parent</translation>
    </message>
    <message>
        <source>the codebook has no questions</source>
        <translation>the codebook has no questions</translation>
    </message>
    <message>
        <source>question %1 is marked global, as is the question on line %2; only one overall-satisfaction question is allowed</source>
        <translation>question %1 is marked global, as is the question on line %2; only one overall-satisfaction question is allowed</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>column %1 has no name in the header</source>
        <translation>column %1 has no name in the header</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold question %3</source>
        <translation>columns %1 and %2 both hold question %3</translation>
    </message>
    <message>
        <source>columns &quot;%1&quot; (%2) and &quot;%3&quot; (%4) both give the %5</source>
        <translation>columns &quot;%1&quot; (%2) and &quot;%3&quot; (%4) both give the %5</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>column &quot;%1&quot; appears twice</translation>
    </message>
    <message>
        <source>required column &quot;%1&quot; is missing (also accepted: %2); the header has: %3</source>
        <translation>required column &quot;%1&quot; is missing (also accepted: %2); the header has: %3</translation>
    </message>
    <message>
        <source>no column matches a question of the codebook (%1…); the header has: %2</source>
        <translation>no column matches a question of the codebook (%1…); the header has: %2</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; to drop is not in the file</source>
        <translation>column &quot;%1&quot; to drop is not in the file</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is needed for the import and cannot be dropped</source>
        <translation>column &quot;%1&quot; is needed for the import and cannot be dropped</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; to keep is not in the file</source>
        <translation>column &quot;%1&quot; to keep is not in the file</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; is both dropped and kept</source>
        <translation>column &quot;%1&quot; is both dropped and kept</translation>
    </message>
    <message>
        <source>the column name</source>
        <translation>the column name</translation>
    </message>
</context>
<context>
    <name>ColumnPlans</name>
    <message>
        <source>The 95% confidence interval: the score of all tenants lies within it, 19 times out of 20.</source>
        <translation>The 95% confidence interval: the score of all tenants lies within it, 19 times out of 20.</translation>
    </message>
    <message>
        <source>Tenants who answered the question (valid answers).</source>
        <translation>Tenants who answered the question (valid answers).</translation>
    </message>
    <message>
        <source>Effective base: the number of answers the precision is worth once the weights are taken into account.</source>
        <translation>Effective base: the number of answers the precision is worth once the weights are taken into account.</translation>
    </message>
    <message>
        <source>How closely the question goes with overall satisfaction (correlation, 0 to 1).</source>
        <translation>How closely the question goes with overall satisfaction (correlation, 0 to 1).</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>What each column of the file holds, recognised from its name. Columns that are neither a known field nor a question are kept as segments for the filters.</source>
        <translation>What each column of the file holds, recognised from its name. Columns that are neither a known field nor a question are kept as segments for the filters.</translation>
    </message>
    <message>
        <source>Respondent id</source>
        <translation>Respondent id</translation>
    </message>
    <message>
        <source>Wave year</source>
        <translation>Wave year</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
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
        <translation>#</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Required column missing (also accepted: %1)</source>
        <translation>Required column missing (also accepted: %1)</translation>
    </message>
    <message>
        <source>kept for the filters</source>
        <translation>kept for the filters</translation>
    </message>
    <message>
        <source>checked against the year given, %1</source>
        <translation>checked against the year given, %1</translation>
    </message>
    <message>
        <source>weights &gt; 0</source>
        <translation>weights &gt; 0</translation>
    </message>
    <message>
        <source>absent: every respondent weighs 1</source>
        <translation>absent: every respondent weighs 1</translation>
    </message>
    <message>
        <source>The file cannot be imported as it is:</source>
        <translation>The file cannot be imported as it is:</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) recognised</source>
        <translation>
            <numerusform>%n question recognised</numerusform>
            <numerusform>%n questions recognised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n segment column(s).</source>
        <translation>
            <numerusform>%n segment column.</numerusform>
            <numerusform>%n segment columns.</numerusform>
        </translation>
    </message>
    <message>
        <source>A regional survey draws each landlord&apos;s sample separately: the landlord is then a stratum, and the margins of error take it into account.</source>
        <translation>A regional survey draws each landlord&apos;s sample separately: the landlord is then a stratum, and the margins of error take it into account.</translation>
    </message>
    <message>
        <source>Sample design:</source>
        <translation>Sample design:</translation>
    </message>
    <message>
        <source>Simple (no strata)</source>
        <translation>Simple (no strata)</translation>
    </message>
    <message>
        <source>Stratified by landlord</source>
        <translation>Stratified by landlord</translation>
    </message>
    <message>
        <source>Stratified by %1</source>
        <translation>Stratified by %1</translation>
    </message>
    <message numerus="yes">
        <source>Your file follows another questionnaire than the one chosen: none of its %Ln column(s) is one of its questions. Go back to the step Questionnaire and choose the questions dictionary delivered with the file.</source>
        <translation>
            <numerusform>Your file follows another questionnaire than the one chosen: none of its %Ln column is one of its questions. Go back to the step Questionnaire and choose the questions dictionary delivered with the file.</numerusform>
            <numerusform>Your file follows another questionnaire than the one chosen: none of its %Ln columns is one of its questions. Go back to the step Questionnaire and choose the questions dictionary delivered with the file.</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions of the questionnaire not in the file: %1.</source>
        <translation>Questions of the questionnaire not in the file: %1.</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Dropped</translation>
    </message>
    <message>
        <source>identifies tenants: dropped unless you keep it (next page)</source>
        <translation>identifies tenants: dropped unless you keep it (next page)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a server</source>
        <translation>Connect to a server</translation>
    </message>
    <message>
        <source>A store shared on a PostgreSQL server, as your IT department set it up. The password is asked for each time and never saved; left empty, it is read from your ~/.pgpass file.</source>
        <translation>A store shared on a PostgreSQL server, as your IT department set it up. The password is asked for each time and never saved; left empty, it is read from your ~/.pgpass file.</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>Encrypted, server certificate checked (verify-full)</source>
        <translation>Encrypted, server certificate checked (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>Encrypted (require)</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>Encrypted when the server offers it (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (disable)</source>
        <translation>Not encrypted (disable)</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Encryption:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
</context>
<context>
    <name>DamageNotice</name>
    <message>
        <source>The store is damaged</source>
        <translation>The store is damaged</translation>
    </message>
    <message>
        <source>The figures of this wave cannot be trusted and are not shown. Import the wave&apos;s file again to repair it: the damaged copy is replaced.</source>
        <translation>The figures of this wave cannot be trusted and are not shown. Import the wave&apos;s file again to repair it: the damaged copy is replaced.</translation>
    </message>
    <message>
        <source>Import the file again…</source>
        <translation>Import the file again…</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Delete the wave</source>
        <translation>Delete the wave</translation>
    </message>
    <message numerus="yes">
        <source>Delete the wave %1 %2 (%3, %n respondent(s))? Its answers and figures are removed from the store; the file %3 itself is not touched and can be imported again.</source>
        <translation>
            <numerusform>Delete the wave %1 %2 (%3, %n respondent)? Its answers and figures are removed from the store; the file %3 itself is not touched and can be imported again.</numerusform>
            <numerusform>Delete the wave %1 %2 (%3, %n respondents)? Its answers and figures are removed from the store; the file %3 itself is not touched and can be imported again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the demo data</source>
        <translation>Remove the demo data</translation>
    </message>
    <message>
        <source>Remove the demo waves and the demo published figures? Your own imports are kept.</source>
        <translation>Remove the demo waves and the demo published figures? Your own imports are kept.</translation>
    </message>
    <message>
        <source>Surveys in the store</source>
        <translation>Surveys in the store</translation>
    </message>
    <message>
        <source>&amp;Import a survey…</source>
        <translation>&amp;Import a survey…</translation>
    </message>
    <message>
        <source>Import a &amp;codebook…</source>
        <translation>Import a &amp;codebook…</translation>
    </message>
    <message>
        <source>Import &amp;published figures…</source>
        <translation>Import &amp;published figures…</translation>
    </message>
    <message>
        <source>&amp;Delete the wave…</source>
        <translation>&amp;Delete the wave…</translation>
    </message>
    <message>
        <source>Remove the demo data…</source>
        <translation>Remove the demo data…</translation>
    </message>
    <message>
        <source>The SHA-256 fingerprint of the imported file: the same file always has the same fingerprint.</source>
        <translation>The SHA-256 fingerprint of the imported file: the same file always has the same fingerprint.</translation>
    </message>
    <message>
        <source>&amp;Weighting…</source>
        <translation>&amp;Weighting…</translation>
    </message>
    <message>
        <source>Reserved for the store&apos;s administrators</source>
        <translation>Reserved for the store&apos;s administrators</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>demo figures: %1</source>
        <translation>demo figures: %1</translation>
    </message>
    <message>
        <source>demo wave: no temporary folder: %1</source>
        <translation>demo wave: no temporary folder: %1</translation>
    </message>
    <message>
        <source>demo wave: cannot write %1: %2</source>
        <translation>demo wave: cannot write %1: %2</translation>
    </message>
    <message>
        <source>demo wave: %1</source>
        <translation>demo wave: %1</translation>
    </message>
    <message>
        <source>Demo data loaded: a 2020 wave of %1 respondents and %2 published figures.</source>
        <translation>Demo data loaded: a 2020 wave of %1 respondents and %2 published figures.</translation>
    </message>
    <message>
        <source>Demo figures loaded (%1); the store&apos;s own 2020 %2 wave was kept.</source>
        <translation>Demo figures loaded (%1); the store&apos;s own 2020 %2 wave was kept.</translation>
    </message>
</context>
<context>
    <name>DistributionChart</name>
    <message>
        <source>Answers by question</source>
        <translation>Answers by question</translation>
    </message>
    <message>
        <source> (n &lt; 30)</source>
        <translation> (n &lt; 30)</translation>
    </message>
    <message>
        <source>% of valid answers (weighted)</source>
        <translation>% of valid answers (weighted)</translation>
    </message>
</context>
<context>
    <name>DistributionModel</name>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>Fairly dissatisfied</source>
        <translation>Fairly dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message numerus="yes">
        <source>Base too small: %n valid answer(s).</source>
        <translation>
            <numerusform>Base too small: %n valid answer.</numerusform>
            <numerusform>Base too small: %n valid answers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 valid answers (weighted)</source>
        <translation>%1: %2 of %3 valid answers (weighted)</translation>
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
        <translation>Improvement levers</translation>
    </message>
    <message>
        <source>Importance: correlation with overall satisfaction</source>
        <translation>Importance: correlation with overall satisfaction</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Score /10</translation>
    </message>
    <message>
        <source>Medians (importance %1, score %2)</source>
        <translation>Medians (importance %1, score %2)</translation>
    </message>
</context>
<context>
    <name>DriversModel</name>
    <message>
        <source>Priority lever</source>
        <translation>Priority lever</translation>
    </message>
    <message>
        <source>Key strength</source>
        <translation>Key strength</translation>
    </message>
    <message>
        <source>Secondary weakness</source>
        <translation>Secondary weakness</translation>
    </message>
    <message>
        <source>Secondary strength</source>
        <translation>Secondary strength</translation>
    </message>
    <message>
        <source>Not classified</source>
        <translation>Not classified</translation>
    </message>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>%1 — importance %2 (correlation with overall satisfaction over %3 tenants) · %4</source>
        <translation>%1 — importance %2 (correlation with overall satisfaction over %3 tenants) · %4</translation>
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
        <translation>Score /10</translation>
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
        <translation>Priority</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>&amp;Export the chart…</source>
        <translation>&amp;Export the chart…</translation>
    </message>
    <message>
        <source>&amp;Copy the chart</source>
        <translation>&amp;Copy the chart</translation>
    </message>
    <message>
        <source>Save the &amp;table for Excel…</source>
        <translation>Save the &amp;table for Excel…</translation>
    </message>
    <message>
        <source>Board pack</source>
        <translation>Board pack</translation>
    </message>
    <message>
        <source>Writing the board pack…</source>
        <translation>Writing the board pack…</translation>
    </message>
    <message>
        <source>The board pack was written to %1 in %2 s.</source>
        <translation>The board pack was written to %1 in %2 s.</translation>
    </message>
    <message>
        <source>&amp;Open it</source>
        <translation>&amp;Open it</translation>
    </message>
    <message>
        <source>Reports for every &amp;landlord…</source>
        <translation>Reports for every &amp;landlord…</translation>
    </message>
    <message>
        <source>One board pack per landlord of the wave, written into a folder</source>
        <translation>One board pack per landlord of the wave, written into a folder</translation>
    </message>
    <message>
        <source>&amp;Board pack (PDF or PowerPoint)…</source>
        <translation>&amp;Board pack (PDF or PowerPoint)…</translation>
    </message>
    <message>
        <source>Every chart of the current selection with its table, key figures and method, in one A4 PDF or a 16:9 PowerPoint deck with editable charts</source>
        <translation>Every chart of the current selection with its table, key figures and method, in one A4 PDF or a 16:9 PowerPoint deck with editable charts</translation>
    </message>
</context>
<context>
    <name>FigureModel</name>
    <message>
        <source>%1 wave, %2</source>
        <translation>%1 wave, %2</translation>
    </message>
    <message>
        <source>all landlords</source>
        <translation>all landlords</translation>
    </message>
    <message>
        <source>landlord %1</source>
        <translation>landlord %1</translation>
    </message>
    <message>
        <source>QPV tenants</source>
        <translation>QPV tenants</translation>
    </message>
    <message>
        <source>tenants outside QPV</source>
        <translation>tenants outside QPV</translation>
    </message>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>insufficient</source>
        <translation>insufficient</translation>
    </message>
    <message>
        <source>average</source>
        <translation>average</translation>
    </message>
    <message>
        <source>satisfactory</source>
        <translation>satisfactory</translation>
    </message>
    <message>
        <source>base too small</source>
        <translation>base too small</translation>
    </message>
    <message numerus="yes">
        <source>Base too small: %n valid answer(s); at least 30 are needed to show a score.</source>
        <translation>
            <numerusform>Base too small: %n valid answer; at least 30 are needed to show a score.</numerusform>
            <numerusform>Base too small: %n valid answers; at least 30 are needed to show a score.</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1 /10 (95% interval %2–%3) · %4 satisfied · n = %5 · effective n = %6</source>
        <translation>Score %1 /10 (95% interval %2–%3) · %4 satisfied · n = %5 · effective n = %6</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>segment filter</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>Sample design: no strata; standard errors by linearisation, each group a domain of its wave.</source>
        <translation>Sample design: no strata; standard errors by linearisation, each group a domain of its wave.</translation>
    </message>
    <message>
        <source>Sample design: stratified by %1; standard errors by linearisation within strata, each group a domain of its wave.</source>
        <translation>Sample design: stratified by %1; standard errors by linearisation within strata, each group a domain of its wave.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>%1 — %2 (demo data)</source>
        <translation>%1 — %2 (demo data)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Whole region</source>
        <translation>Whole region</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>No segment</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>&amp;Wave</source>
        <translation>&amp;Wave</translation>
    </message>
    <message>
        <source>&amp;Landlord</source>
        <translation>&amp;Landlord</translation>
    </message>
    <message>
        <source>&amp;Neighbourhood</source>
        <translation>&amp;Neighbourhood</translation>
    </message>
    <message>
        <source>S&amp;egment</source>
        <translation>S&amp;egment</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>All tenants</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>Outside QPV</source>
        <translation>Outside QPV</translation>
    </message>
    <message>
        <source>Reset filters</source>
        <translation>Reset filters</translation>
    </message>
    <message>
        <source>Back to the latest wave, the whole region, all tenants, no segment (Ctrl+0)</source>
        <translation>Back to the latest wave, the whole region, all tenants, no segment (Ctrl+0)</translation>
    </message>
    <message>
        <source>With a segment, the figures are those of %1: this account cannot read the other landlords&apos; respondents</source>
        <translation>With a segment, the figures are those of %1: this account cannot read the other landlords&apos; respondents</translation>
    </message>
</context>
<context>
    <name>IdentifierColumns</name>
    <message>
        <source>its name</source>
        <translation>its name</translation>
    </message>
    <message>
        <source>phone numbers</source>
        <translation>phone numbers</translation>
    </message>
    <message>
        <source>e-mail addresses</source>
        <translation>e-mail addresses</translation>
    </message>
    <message>
        <source>a different value on nearly every row</source>
        <translation>a different value on nearly every row</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation>&quot;%1&quot; (%2)</translation>
    </message>
    <message numerus="yes">
        <source>the file holds %n column(s) that identify tenants, which Satisfecit does not keep: %1. Drop them, or keep one knowingly (the wave then records it)</source>
        <translation>
            <numerusform>the file holds %n column that identifies tenants, which Satisfecit does not keep: %1. Drop it, or keep it knowingly (the wave then records it)</numerusform>
            <numerusform>the file holds %n columns that identify tenants, which Satisfecit does not keep: %1. Drop them, or keep one knowingly (the wave then records it)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IdentifierList</name>
    <message>
        <source>These columns identify tenants (personal data): Satisfecit does not keep them. Checked columns are dropped without being read into the store. Uncheck one only to keep it knowingly: the wave&apos;s notes will record it.</source>
        <translation>These columns identify tenants (personal data): Satisfecit does not keep them. Checked columns are dropped without being read into the store. Uncheck one only to keep it knowingly: the wave&apos;s notes will record it.</translation>
    </message>
    <message>
        <source>Kept knowingly, and recorded in the wave&apos;s notes: %1.</source>
        <translation>Kept knowingly, and recorded in the wave&apos;s notes: %1.</translation>
    </message>
</context>
<context>
    <name>ImportDialogs</name>
    <message>
        <source>Table files (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Table files (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>(more errors not shown)</source>
        <translation>(more errors not shown)</translation>
    </message>
    <message>
        <source>&amp;Copy the errors</source>
        <translation>&amp;Copy the errors</translation>
    </message>
    <message>
        <source>Import a codebook</source>
        <translation>Import a codebook</translation>
    </message>
    <message>
        <source>%1 cannot be imported as a codebook. Nothing was written to the store.</source>
        <translation>%1 cannot be imported as a codebook. Nothing was written to the store.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n question(s) from %1.</source>
        <translation>
            <numerusform>Saved %n question from %1.</numerusform>
            <numerusform>Saved %n questions from %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import published figures</source>
        <translation>Import published figures</translation>
    </message>
    <message>
        <source>%1 cannot be imported as published figures. Nothing was written to the store.</source>
        <translation>%1 cannot be imported as published figures. Nothing was written to the store.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n published figure(s) from %1.</source>
        <translation>
            <numerusform>Saved %n published figure from %1.</numerusform>
            <numerusform>Saved %n published figures from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>&amp;Stop the import</source>
        <translation>&amp;Stop the import</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Try again</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>The wave is written in one step: if the import stops, the store is left as it was.</source>
        <translation>The wave is written in one step: if the import stops, the store is left as it was.</translation>
    </message>
    <message>
        <source>Replacing the wave with %1…</source>
        <translation>Replacing the wave with %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <source>Replace the wave</source>
        <translation>Replace the wave</translation>
    </message>
    <message numerus="yes">
        <source>Replace the wave %1 %2 (file %3, %Ln respondent(s))?</source>
        <translation>
            <numerusform>Replace the wave %1 %2 (file %3, %Ln respondent)?</numerusform>
            <numerusform>Replace the wave %1 %2 (file %3, %Ln respondents)?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its answers and figures will be replaced by those of %1. If you answer No, nothing changes.</source>
        <translation>Its answers and figures will be replaced by those of %1. If you answer No, nothing changes.</translation>
    </message>
    <message>
        <source>Nothing was imported: the wave %1 %2 was kept.</source>
        <translation>Nothing was imported: the wave %1 %2 was kept.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2, as the wave %3 %4. Nothing was imported.</source>
        <translation>%1 was already imported on %2, as the wave %3 %4. Nothing was imported.</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was written.</source>
        <translation>Import cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>The store could not be written, nothing was imported: %1</source>
        <translation>The store could not be written, nothing was imported: %1</translation>
    </message>
    <message>
        <source>The file has problems (did it change since it was checked?). Nothing was imported.</source>
        <translation>The file has problems (did it change since it was checked?). Nothing was imported.</translation>
    </message>
    <message>
        <source>Import a survey</source>
        <translation>Import a survey</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import a survey</source>
        <translation>Import a survey</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Survey files (*.csv *.tsv *.txt *.xlsx *.sav *.zsav);;All files (*)</source>
        <translation>Survey files (*.csv *.tsv *.txt *.xlsx *.sav *.zsav);;All files (*)</translation>
    </message>
</context>
<context>
    <name>LandlordBatch</name>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: no such folder</translation>
    </message>
    <message>
        <source>%1 is not a folder: --each-landlord writes one file per landlord into a folder</source>
        <translation>%1 is not a folder: --each-landlord writes one file per landlord into a folder</translation>
    </message>
    <message>
        <source>%1: cannot write into this folder</source>
        <translation>%1: cannot write into this folder</translation>
    </message>
    <message>
        <source>the wave has no landlord to report on</source>
        <translation>the wave has no landlord to report on</translation>
    </message>
    <message>
        <source>two landlords would share the file name %1</source>
        <translation>two landlords would share the file name %1</translation>
    </message>
    <message>
        <source>%1 exists and is not a file</source>
        <translation>%1 exists and is not a file</translation>
    </message>
    <message>
        <source>the report of %1 failed, no report written: %2</source>
        <translation>the report of %1 failed, no report written: %2</translation>
    </message>
    <message>
        <source>cancelled: no report written</source>
        <translation>cancelled: no report written</translation>
    </message>
    <message>
        <source>cannot replace %1, no report written</source>
        <translation>cannot replace %1, no report written</translation>
    </message>
    <message>
        <source>cannot write %1, no report written</source>
        <translation>cannot write %1, no report written</translation>
    </message>
</context>
<context>
    <name>LandlordBatchDialog</name>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>&amp;Write the reports</source>
        <translation>&amp;Write the reports</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Reports for every landlord</source>
        <translation>Reports for every landlord</translation>
    </message>
    <message>
        <source>Anonymous: the other landlords as &quot;Landlord A&quot;, &quot;Landlord B&quot;…</source>
        <translation>Anonymous: the other landlords as &quot;Landlord A&quot;, &quot;Landlord B&quot;…</translation>
    </message>
    <message>
        <source>Named: for the union&apos;s internal use</source>
        <translation>Named: for the union&apos;s internal use</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Other landlords:</source>
        <translation>&amp;Other landlords:</translation>
    </message>
    <message>
        <source>One board pack per landlord of the wave, each named after its landlord. The files appear only when every report is written.</source>
        <translation>One board pack per landlord of the wave, each named after its landlord. The files appear only when every report is written.</translation>
    </message>
    <message>
        <source>Folder of the reports</source>
        <translation>Folder of the reports</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n report(s)…</source>
        <translation>
            <numerusform>Writing %n report…</numerusform>
            <numerusform>Writing %n reports…</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: no report was written.</source>
        <translation>Cancelled: no report was written.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) written to %1.</source>
        <translation>
            <numerusform>%n report written to %1.</numerusform>
            <numerusform>%n reports written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>LandlordsPage</name>
    <message numerus="yes">
        <source>%n landlord(s) with fewer than 30 valid answers: not shown in the chart, listed in the table.</source>
        <translation>
            <numerusform>%n landlord with fewer than 30 valid answers: not shown in the chart, listed in the table.</numerusform>
            <numerusform>%n landlords with fewer than 30 valid answers: not shown in the chart, listed in the table.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
</context>
<context>
    <name>LeversPage</name>
    <message>
        <source>%1. %2 (%3)
importance %4 · score %5</source>
        <translation>%1. %2 (%3)
importance %4 · score %5</translation>
    </message>
    <message>
        <source>No priority lever: every important question scores above the median.</source>
        <translation>No priority lever: every important question scores above the median.</translation>
    </message>
    <message>
        <source>Priority levers: important to overall satisfaction and scored below the median</source>
        <translation>Priority levers: important to overall satisfaction and scored below the median</translation>
    </message>
    <message>
        <source>Too few respondents in this selection (fewer than 30 answers per question): no driver analysis.</source>
        <translation>Too few respondents in this selection (fewer than 30 answers per question): no driver analysis.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open a store…</source>
        <translation>&amp;Open a store…</translation>
    </message>
    <message>
        <source>&amp;Recent stores</source>
        <translation>&amp;Recent stores</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Satisfecit</source>
        <translation>&amp;About Satisfecit</translation>
    </message>
    <message>
        <source>Cannot open the store</source>
        <translation>Cannot open the store</translation>
    </message>
    <message>
        <source>Store %1 opened</source>
        <translation>Store %1 opened</translation>
    </message>
    <message>
        <source>Open or create a store</source>
        <translation>Open or create a store</translation>
    </message>
    <message>
        <source>Satisfecit stores (*.sqlite);;All files (*)</source>
        <translation>Satisfecit stores (*.sqlite);;All files (*)</translation>
    </message>
    <message>
        <source>About Satisfecit</source>
        <translation>About Satisfecit</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Satisfecit %1&lt;/h3&gt;&lt;p&gt;Tenant-satisfaction surveys of social housing: weighted scores, QPV comparisons, trends since 2004, benchmarks and board packs.&lt;/p&gt;&lt;p&gt;Your survey files stay on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satisfecit %1&lt;/h3&gt;&lt;p&gt;Tenant-satisfaction surveys of social housing: weighted scores, QPV comparisons, trends since 2004, benchmarks and board packs.&lt;/p&gt;&lt;p&gt;Your survey files stay on this computer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Landlords</source>
        <translation>Landlords</translation>
    </message>
    <message>
        <source>Levers</source>
        <translation>Levers</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>&amp;Import a survey…</source>
        <translation>&amp;Import a survey…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Load the demo data</source>
        <translation>Load the demo data</translation>
    </message>
    <message>
        <source>Import a &amp;questions dictionary…</source>
        <translation>Import a &amp;questions dictionary…</translation>
    </message>
    <message>
        <source>Import &amp;published results…</source>
        <translation>Import &amp;published results…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation>&amp;Reset filters</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Weighting</translation>
    </message>
    <message>
        <source>The file has no weights: every respondent counts the same. Weight the wave to population counts (by landlord, QPV, type of housing…) now?</source>
        <translation>The file has no weights: every respondent counts the same. Weight the wave to population counts (by landlord, QPV, type of housing…) now?</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Connect to a &amp;server…</source>
        <translation>Connect to a &amp;server…</translation>
    </message>
    <message>
        <source>The server no longer answers (%1)</source>
        <translation>The server no longer answers (%1)</translation>
    </message>
    <message>
        <source>The server answers again (%1)</source>
        <translation>The server answers again (%1)</translation>
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
        <translation>Sample, file&apos;s weights</translation>
    </message>
    <message>
        <source>Sample, raked</source>
        <translation>Sample, raked</translation>
    </message>
    <message>
        <source>% of the total</source>
        <translation>% of the total</translation>
    </message>
</context>
<context>
    <name>MarginsReader</name>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>required column &quot;%1&quot; is missing; the header has: %2</source>
        <translation>required column &quot;%1&quot; is missing; the header has: %2</translation>
    </message>
    <message>
        <source>empty variable: expected bailleur, qpv or a segment column</source>
        <translation>empty variable: expected bailleur, qpv or a segment column</translation>
    </message>
    <message>
        <source>qpv value &quot;%1&quot;: expected 1 or 0</source>
        <translation>qpv value &quot;%1&quot;: expected 1 or 0</translation>
    </message>
    <message>
        <source>count &quot;%1&quot;: expected a number above 0</source>
        <translation>count &quot;%1&quot;: expected a number above 0</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is already given on line %3</source>
        <translation>%1 = &quot;%2&quot; is already given on line %3</translation>
    </message>
</context>
<context>
    <name>MyLandlord</name>
    <message>
        <source>&amp;My organisation…</source>
        <translation>&amp;My organisation…</translation>
    </message>
    <message>
        <source>The landlord the window opens on, compared with the region</source>
        <translation>The landlord the window opens on, compared with the region</translation>
    </message>
    <message>
        <source>None: open on the whole region</source>
        <translation>None: open on the whole region</translation>
    </message>
    <message>
        <source>My organisation</source>
        <translation>My organisation</translation>
    </message>
    <message>
        <source>The window opens on this landlord, beside the region:</source>
        <translation>The window opens on this landlord, beside the region:</translation>
    </message>
</context>
<context>
    <name>Output</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overall satisfaction</source>
        <translation>Overall satisfaction</translation>
    </message>
    <message>
        <source>%1 /10</source>
        <translation>%1 /10</translation>
    </message>
    <message>
        <source>%1 · 95% interval %2–%3</source>
        <translation>%1 · 95% interval %2–%3</translation>
    </message>
    <message>
        <source>Satisfied tenants</source>
        <translation>Satisfied tenants</translation>
    </message>
    <message>
        <source>very or fairly satisfied overall</source>
        <translation>very or fairly satisfied overall</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>no sufficient base for this selection</source>
        <translation>no sufficient base for this selection</translation>
    </message>
    <message>
        <source>%1: %2 · %3</source>
        <translation>%1: %2 · %3</translation>
    </message>
    <message>
        <source>Strongest theme</source>
        <translation>Strongest theme</translation>
    </message>
    <message>
        <source>Weakest theme</source>
        <translation>Weakest theme</translation>
    </message>
    <message>
        <source>Largest QPV gap</source>
        <translation>Largest QPV gap</translation>
    </message>
    <message>
        <source>%1: QPV %2, outside QPV %3 · %4</source>
        <translation>%1: QPV %2, outside QPV %3 · %4</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>significant</translation>
    </message>
    <message>
        <source>not significant</source>
        <translation>not significant</translation>
    </message>
    <message>
        <source>QPV or outside QPV base too small</source>
        <translation>QPV or outside QPV base too small</translation>
    </message>
    <message>
        <source>no previous wave of this scope</source>
        <translation>no previous wave of this scope</translation>
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
        <translation>significant change</translation>
    </message>
    <message>
        <source>within the margin of error</source>
        <translation>within the margin of error</translation>
    </message>
    <message>
        <source>Biggest rise since %1</source>
        <translation>Biggest rise since %1</translation>
    </message>
    <message>
        <source>Biggest rise</source>
        <translation>Biggest rise</translation>
    </message>
    <message>
        <source>Biggest fall since %1</source>
        <translation>Biggest fall since %1</translation>
    </message>
    <message>
        <source>Biggest fall</source>
        <translation>Biggest fall</translation>
    </message>
    <message>
        <source>valid answers to the overall question</source>
        <translation>valid answers to the overall question</translation>
    </message>
    <message>
        <source>Effective base (Kish): %1 — the number of unweighted answers that would give the same precision once the weights are taken into account.</source>
        <translation>Effective base (Kish): %1 — the number of unweighted answers that would give the same precision once the weights are taken into account.</translation>
    </message>
</context>
<context>
    <name>PostgresDialect</name>
    <message>
        <source>cannot connect to the server store, %1: %2</source>
        <translation>cannot connect to the server store, %1: %2</translation>
    </message>
    <message>
        <source>%1 has a schema %2 that is not a Satisfecit store</source>
        <translation>%1 has a schema %2 that is not a Satisfecit store</translation>
    </message>
    <message>
        <source>%1 is not a Satisfecit store: it has no schema version</source>
        <translation>%1 is not a Satisfecit store: it has no schema version</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer version of Satisfecit (schema %2; this version knows up to %3); update Satisfecit to open it</source>
        <translation>the store %1 was written by a newer version of Satisfecit (schema %2; this version knows up to %3); update Satisfecit to open it</translation>
    </message>
    <message>
        <source>%1 holds no Satisfecit store yet; an administrator creates it with: satisfecit --db %2 server-init</source>
        <translation>%1 holds no Satisfecit store yet; an administrator creates it with: satisfecit --db %2 server-init</translation>
    </message>
    <message>
        <source>the store %1 has an older schema (%2; this version needs %3); an administrator upgrades it with: satisfecit --db %4 server-init</source>
        <translation>the store %1 has an older schema (%2; this version needs %3); an administrator upgrades it with: satisfecit --db %4 server-init</translation>
    </message>
    <message>
        <source>the server of the store %1 cannot be reached (%2); nothing was changed. Check the network, or ask your IT department whether the server is running</source>
        <translation>the server of the store %1 cannot be reached (%2); nothing was changed. Check the network, or ask your IT department whether the server is running</translation>
    </message>
    <message>
        <source>your user on %1 may not do this (%2)</source>
        <translation>your user on %1 may not do this (%2)</translation>
    </message>
    <message>
        <source>the store %1 is busy with another user&apos;s change; try again</source>
        <translation>the store %1 is busy with another user&apos;s change; try again</translation>
    </message>
    <message>
        <source>the store %1 is read-only: nothing can be written to it</source>
        <translation>the store %1 is read-only: nothing can be written to it</translation>
    </message>
    <message>
        <source>the disk of the server holding %1 is full: nothing was written</source>
        <translation>the disk of the server holding %1 is full: nothing was written</translation>
    </message>
    <message>
        <source>the server of the store %1 stopped the operation (%2); nothing was changed</source>
        <translation>the server of the store %1 stopped the operation (%2); nothing was changed</translation>
    </message>
    <message>
        <source>the store could not carry out this operation and nothing was changed (technical detail from PostgreSQL: %1)</source>
        <translation>the store could not carry out this operation and nothing was changed (technical detail from PostgreSQL: %1)</translation>
    </message>
</context>
<context>
    <name>Pptx</name>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
    <message>
        <source>95% interval, low</source>
        <translation>95% interval, low</translation>
    </message>
    <message>
        <source>95% interval, high</source>
        <translation>95% interval, high</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>Cannot write the chart&apos;s workbook</source>
        <translation>Cannot write the chart&apos;s workbook</translation>
    </message>
    <message>
        <source>Cannot write the chart&apos;s workbook: %1</source>
        <translation>Cannot write the chart&apos;s workbook: %1</translation>
    </message>
    <message>
        <source>Cannot read the chart&apos;s workbook: %1</source>
        <translation>Cannot read the chart&apos;s workbook: %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>* significant gap (95%)</source>
        <translation>* significant gap (95%)</translation>
    </message>
    <message>
        <source>* significant at 95%</source>
        <translation>* significant at 95%</translation>
    </message>
    <message>
        <source>%1 (table)</source>
        <translation>%1 (table)</translation>
    </message>
    <message>
        <source>%1: no rank, fewer than 30 answers to the overall question</source>
        <translation>%1: no rank, fewer than 30 answers to the overall question</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Check that the columns are split and the accents read correctly. If not, choose another encoding or delimiter.</source>
        <translation>Check that the columns are split and the accents read correctly. If not, choose another encoding or delimiter.</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (Western European)</translation>
    </message>
    <message>
        <source>; semicolon</source>
        <translation>; semicolon</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, comma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>| vertical bar</source>
        <translation>| vertical bar</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>The file cannot be read: %1</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>detected</source>
        <translation>detected</translation>
    </message>
    <message>
        <source>Encoding: %1 (%2). Delimiter: %3 (%4).</source>
        <translation>Encoding: %1 (%2). Delimiter: %3 (%4).</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
    <message>
        <source>Sheet: %1 (%2).</source>
        <translation>Sheet: %1 (%2).</translation>
    </message>
    <message>
        <source>SPSS file: answers are shown with their value labels.</source>
        <translation>SPSS file: answers are shown with their value labels.</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s)</source>
        <translation>
            <numerusform>%n column</numerusform>
            <numerusform>%n columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s).</source>
        <translation>
            <numerusform>%n row.</numerusform>
            <numerusform>%n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the first %n rows are shown.</source>
        <translation>
            <numerusform>the first %n rows are shown.</numerusform>
            <numerusform>the first %n rows are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem further on: %1</source>
        <translation>Problem further on: %1</translation>
    </message>
</context>
<context>
    <name>PublishedReader</name>
    <message>
        <source>required column &quot;%1&quot; is missing; the header has: %2</source>
        <translation>required column &quot;%1&quot; is missing; the header has: %2</translation>
    </message>
    <message>
        <source>year &quot;%1&quot;: expected a year between 1990 and 2100</source>
        <translation>year &quot;%1&quot;: expected a year between 1990 and 2100</translation>
    </message>
    <message>
        <source>empty scope (perimetre)</source>
        <translation>empty scope (perimetre)</translation>
    </message>
    <message>
        <source>question &quot;%1&quot; is not in the codebook</source>
        <translation>question &quot;%1&quot; is not in the codebook</translation>
    </message>
    <message>
        <source>empty segment: expected ensemble, qpv, hors_qpv or a landlord code</source>
        <translation>empty segment: expected ensemble, qpv, hors_qpv or a landlord code</translation>
    </message>
    <message>
        <source>score &quot;%1&quot;: expected a number from 0 to 10</source>
        <translation>score &quot;%1&quot;: expected a number from 0 to 10</translation>
    </message>
    <message>
        <source>percentage &quot;%1&quot;: expected a number from 0 to 100</source>
        <translation>percentage &quot;%1&quot;: expected a number from 0 to 100</translation>
    </message>
    <message>
        <source>count &quot;%1&quot;: expected a whole number</source>
        <translation>count &quot;%1&quot;: expected a whole number</translation>
    </message>
    <message>
        <source>illustratif: expected 1, 0 or empty</source>
        <translation>illustratif: expected 1, 0 or empty</translation>
    </message>
    <message>
        <source>a score is required for question %1</source>
        <translation>a score is required for question %1</translation>
    </message>
    <message>
        <source>option is only for yes/no and single-choice questions</source>
        <translation>option is only for yes/no and single-choice questions</translation>
    </message>
    <message>
        <source>question %1 has no score: give the share of an option in pct_satisfaits</source>
        <translation>question %1 has no score: give the share of an option in pct_satisfaits</translation>
    </message>
    <message>
        <source>a share is required for question %1</source>
        <translation>a share is required for question %1</translation>
    </message>
    <message>
        <source>option &quot;%1&quot; is not an option of question %2</source>
        <translation>option &quot;%1&quot; is not an option of question %2</translation>
    </message>
    <message>
        <source>this figure (%1 %2 %3 %4) appears twice</source>
        <translation>this figure (%1 %2 %3 %4) appears twice</translation>
    </message>
    <message>
        <source>the file has no figures</source>
        <translation>the file has no figures</translation>
    </message>
</context>
<context>
    <name>QpvChart</name>
    <message>
        <source>QPV and outside QPV</source>
        <translation>QPV and outside QPV</translation>
    </message>
    <message>
        <source> (n &lt; 30)</source>
        <translation> (n &lt; 30)</translation>
    </message>
    <message>
        <source>gap %1</source>
        <translation>gap %1</translation>
    </message>
    <message>
        <source>✱ significant gap (95%)</source>
        <translation>✱ significant gap (95%)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
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
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Outside QPV: %1</source>
        <translation>Outside QPV: %1</translation>
    </message>
    <message>
        <source>QPV: %1</source>
        <translation>QPV: %1</translation>
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
        <translation>Outside QPV</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significant</translation>
    </message>
    <message>
        <source>n QPV</source>
        <translation>n QPV</translation>
    </message>
    <message>
        <source>n outside QPV</source>
        <translation>n outside QPV</translation>
    </message>
    <message>
        <source>Region QPV</source>
        <translation>Region QPV</translation>
    </message>
    <message>
        <source>Region outside QPV</source>
        <translation>Region outside QPV</translation>
    </message>
</context>
<context>
    <name>Question</name>
    <message>
        <source>satisfaction (4 answers)</source>
        <translation>satisfaction (4 answers)</translation>
    </message>
    <message>
        <source>yes / no</source>
        <translation>yes / no</translation>
    </message>
    <message>
        <source>single choice</source>
        <translation>single choice</translation>
    </message>
</context>
<context>
    <name>QuestionnairePage</name>
    <message>
        <source>Choose a &amp;questions dictionary…</source>
        <translation>Choose a &amp;questions dictionary…</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <source>Which questions the columns of your file answer: the questionnaire already known to Satisfecit, or the questions dictionary (codebook) your provider delivered with the file.</source>
        <translation>Which questions the columns of your file answer: the questionnaire already known to Satisfecit, or the questions dictionary (codebook) your provider delivered with the file.</translation>
    </message>
    <message>
        <source>%1 is not a questions dictionary Satisfecit can read: %2</source>
        <translation>%1 is not a questions dictionary Satisfecit can read: %2</translation>
    </message>
    <message>
        <source>%1 holds no question.</source>
        <translation>%1 holds no question.</translation>
    </message>
    <message numerus="yes">
        <source>The questionnaire already in Satisfecit (%Ln question(s))</source>
        <translation>
            <numerusform>The questionnaire already in Satisfecit (%Ln question)</numerusform>
            <numerusform>The questionnaire already in Satisfecit (%Ln questions)</numerusform>
        </translation>
    </message>
    <message>
        <source>The questions dictionary delivered with the file</source>
        <translation>The questions dictionary delivered with the file</translation>
    </message>
    <message>
        <source>No dictionary was found beside %1: choose one if your provider sent it.</source>
        <translation>No dictionary was found beside %1: choose one if your provider sent it.</translation>
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
        <translation>Choose a questions dictionary that can be read.</translation>
    </message>
    <message numerus="yes">
        <source>Your file follows another questionnaire than this one: none of its %Ln column(s) is one of its questions. Choose the questions dictionary (codebook) your provider delivered with the file.</source>
        <translation>
            <numerusform>Your file follows another questionnaire than this one: none of its %Ln column is one of its questions. Choose the questions dictionary (codebook) your provider delivered with the file.</numerusform>
            <numerusform>Your file follows another questionnaire than this one: none of its %Ln columns is one of its questions. Choose the questions dictionary (codebook) your provider delivered with the file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) of your file answer questions of this questionnaire.</source>
        <translation>
            <numerusform>%Ln column of your file answer questions of this questionnaire.</numerusform>
            <numerusform>%Ln columns of your file answer questions of this questionnaire.</numerusform>
        </translation>
    </message>
    <message>
        <source>The other columns are kept to filter the results: %1.</source>
        <translation>The other columns are kept to filter the results: %1.</translation>
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
        <translation>Kind of question</translation>
    </message>
    <message>
        <source>In your file</source>
        <translation>In your file</translation>
    </message>
    <message>
        <source>In Satisfecit</source>
        <translation>In Satisfecit</translation>
    </message>
    <message>
        <source>known</source>
        <translation>known</translation>
    </message>
    <message>
        <source>new question</source>
        <translation>new question</translation>
    </message>
    <message>
        <source>known, kind changes</source>
        <translation>known, kind changes</translation>
    </message>
    <message>
        <source>known, updated</source>
        <translation>known, updated</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Choose a questions dictionary</source>
        <translation>Choose a questions dictionary</translation>
    </message>
    <message>
        <source>Questions dictionary (*.csv);;All files (*)</source>
        <translation>Questions dictionary (*.csv);;All files (*)</translation>
    </message>
</context>
<context>
    <name>RankingChart</name>
    <message>
        <source>Landlords</source>
        <translation>Landlords</translation>
    </message>
    <message>
        <source>Landlords: %1</source>
        <translation>Landlords: %1</translation>
    </message>
    <message>
        <source>Region: %1</source>
        <translation>Region: %1</translation>
    </message>
    <message>
        <source>Peer median: %1</source>
        <translation>Peer median: %1</translation>
    </message>
    <message>
        <source>Peer quartiles %1–%2</source>
        <translation>Peer quartiles %1–%2</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
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
        <translation>no</translation>
    </message>
    <message>
        <source>above</source>
        <translation>above</translation>
    </message>
    <message>
        <source>below</source>
        <translation>below</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Score /10</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>95% CI low</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>95% CI high</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Effective n</source>
        <translation>Effective n</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>vs other landlords</source>
        <translation>vs other landlords</translation>
    </message>
</context>
<context>
    <name>RegionBeside</name>
    <message>
        <source>Region %1</source>
        <translation>Region %1</translation>
    </message>
    <message>
        <source>Region %1 · gap %2</source>
        <translation>Region %1 · gap %2</translation>
    </message>
</context>
<context>
    <name>RespondentImporter</name>
    <message>
        <source>the file does not exist</source>
        <translation>the file does not exist</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>the file cannot be read</translation>
    </message>
    <message>
        <source>%1 was already imported on %2 as the wave %3 %4</source>
        <translation>%1 was already imported on %2 as the wave %3 %4</translation>
    </message>
    <message>
        <source>import cancelled: nothing was written</source>
        <translation>import cancelled: nothing was written</translation>
    </message>
    <message>
        <source>the store already has the wave %1 %2 (%3, %4 respondents); replace it to import this file</source>
        <translation>the store already has the wave %1 %2 (%3, %4 respondents); replace it to import this file</translation>
    </message>
    <message>
        <source>the sample design&apos;s stratum column %1 is not in the file: expected the landlord column or one of the other columns (%2)</source>
        <translation>the sample design&apos;s stratum column %1 is not in the file: expected the landlord column or one of the other columns (%2)</translation>
    </message>
    <message>
        <source>the sample design&apos;s stratum column %1 is not in the file: expected the landlord column (bailleur)</source>
        <translation>the sample design&apos;s stratum column %1 is not in the file: expected the landlord column (bailleur)</translation>
    </message>
    <message>
        <source>Kept at import although they may identify tenants: %1.</source>
        <translation>Kept at import although they may identify tenants: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n respondent(s) of this file have an id already in the wave %1 %2 (%3)</source>
        <translation>
            <numerusform>%n respondent of this file has an id already in the wave %1 %2 (%3)</numerusform>
            <numerusform>%n respondents of this file have an id already in the wave %1 %2 (%3)</numerusform>
        </translation>
    </message>
    <message>
        <source>the wave %1 %2 is damaged in the store; replace it with %3 to repair it</source>
        <translation>the wave %1 %2 is damaged in the store; replace it with %3 to repair it</translation>
    </message>
</context>
<context>
    <name>RespondentParser</name>
    <message>
        <source>empty respondent id</source>
        <translation>empty respondent id</translation>
    </message>
    <message>
        <source>respondent id %1 contains a line break</source>
        <translation>respondent id %1 contains a line break</translation>
    </message>
    <message>
        <source>respondent id %1 already used on line %2</source>
        <translation>respondent id %1 already used on line %2</translation>
    </message>
    <message>
        <source>year %1: expected a year between 1990 and 2100</source>
        <translation>year %1: expected a year between 1990 and 2100</translation>
    </message>
    <message>
        <source>year %1 differs from %2 on line %3: a file holds one wave</source>
        <translation>year %1 differs from %2 on line %3: a file holds one wave</translation>
    </message>
    <message>
        <source>year %1 differs from the year given for the import, %2</source>
        <translation>year %1 differs from the year given for the import, %2</translation>
    </message>
    <message>
        <source>empty landlord</source>
        <translation>empty landlord</translation>
    </message>
    <message>
        <source>more than %1 landlords</source>
        <translation>more than %1 landlords</translation>
    </message>
    <message>
        <source>QPV value %1: expected 1/0, oui/non, yes/no, true/false or QPV/hors QPV</source>
        <translation>QPV value %1: expected 1/0, oui/non, yes/no, true/false or QPV/hors QPV</translation>
    </message>
    <message>
        <source>weight %1: expected a number greater than 0 (1,25 or 1.25)</source>
        <translation>weight %1: expected a number greater than 0 (1,25 or 1.25)</translation>
    </message>
    <message>
        <source>answer %1 to %2: expected %3</source>
        <translation>answer %1 to %2: expected %3</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; has more than %2 different values: it cannot be a segment</source>
        <translation>column &quot;%1&quot; has more than %2 different values: it cannot be a segment</translation>
    </message>
    <message>
        <source>the file has a header but no respondents</source>
        <translation>the file has a header but no respondents</translation>
    </message>
    <message>
        <source>the wave&apos;s year is not in the file: give it</source>
        <translation>the wave&apos;s year is not in the file: give it</translation>
    </message>
    <message>
        <source>the respondent id</source>
        <translation>the respondent id</translation>
    </message>
    <message>
        <source>the landlord</source>
        <translation>the landlord</translation>
    </message>
    <message>
        <source>the value of %1</source>
        <translation>the value of %1</translation>
    </message>
</context>
<context>
    <name>SavReader</name>
    <message>
        <source>the file declares %1 cases; at most %2 are accepted</source>
        <translation>the file declares %1 cases; at most %2 are accepted</translation>
    </message>
    <message>
        <source>the file declares %1 cases of %2 variables; at most %3 values are accepted</source>
        <translation>the file declares %1 cases of %2 variables; at most %3 values are accepted</translation>
    </message>
    <message>
        <source>variable %1 is out of order</source>
        <translation>variable %1 is out of order</translation>
    </message>
    <message>
        <source>case %1 has %2 values instead of %3</source>
        <translation>case %1 has %2 values instead of %3</translation>
    </message>
    <message>
        <source>case %1 is out of order</source>
        <translation>case %1 is out of order</translation>
    </message>
    <message>
        <source>the file has more than %1 cases</source>
        <translation>the file has more than %1 cases</translation>
    </message>
    <message>
        <source>case %1: value of variable %2 is out of order</source>
        <translation>case %1: value of variable %2 is out of order</translation>
    </message>
    <message>
        <source>the file has more than %1 values</source>
        <translation>the file has more than %1 values</translation>
    </message>
    <message>
        <source>the decoded values exceed %1 MiB</source>
        <translation>the decoded values exceed %1 MiB</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: %2</source>
        <translation>cannot read the SPSS file %1: %2</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: it has no variables</source>
        <translation>cannot read the SPSS file %1: it has no variables</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: the last case is incomplete (truncated file?)</source>
        <translation>cannot read the SPSS file %1: the last case is incomplete (truncated file?)</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: it declares %2 cases but holds %3 (truncated file?)</source>
        <translation>cannot read the SPSS file %1: it declares %2 cases but holds %3 (truncated file?)</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: it is damaged or is not an SPSS file (technical detail from ReadStat: %2)</source>
        <translation>cannot read the SPSS file %1: it is damaged or is not an SPSS file (technical detail from ReadStat: %2)</translation>
    </message>
    <message>
        <source>case %1, variable %2: %3 is not a value</source>
        <translation>case %1, variable %2: %3 is not a value</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: case %2 lies beyond the %3 cases its header declares</source>
        <translation>cannot read the SPSS file %1: case %2 lies beyond the %3 cases its header declares</translation>
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
        <translation>Scores by question</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Score /10</translation>
    </message>
    <message>
        <source>Thresholds %1 and %2</source>
        <translation>Thresholds %1 and %2</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Previous wave</source>
        <translation>Previous wave</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>▲▼ significant change</source>
        <translation>▲▼ significant change</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>ServerAccess</name>
    <message>
        <source>the server refuses it to this user (%1)</source>
        <translation>the server refuses it to this user (%1)</translation>
    </message>
    <message>
        <source>this works on a server store only (--db postgresql://…), not on a file</source>
        <translation>this works on a server store only (--db postgresql://…), not on a file</translation>
    </message>
    <message>
        <source>the security statements are missing from this build</source>
        <translation>the security statements are missing from this build</translation>
    </message>
    <message>
        <source>only an administrator of the store manages its users</source>
        <translation>only an administrator of the store manages its users</translation>
    </message>
    <message>
        <source>invalid user name &quot;%1&quot;: lower-case letters, digits, _ . and - (at most 63)</source>
        <translation>invalid user name &quot;%1&quot;: lower-case letters, digits, _ . and - (at most 63)</translation>
    </message>
    <message>
        <source>the name &quot;%1&quot; is reserved</source>
        <translation>the name &quot;%1&quot; is reserved</translation>
    </message>
    <message>
        <source>a role named &quot;%1&quot; already exists on the server</source>
        <translation>a role named &quot;%1&quot; already exists on the server</translation>
    </message>
    <message>
        <source>no wave holds the landlord &quot;%1&quot;: import a wave with it first</source>
        <translation>no wave holds the landlord &quot;%1&quot;: import a wave with it first</translation>
    </message>
    <message>
        <source>no user named &quot;%1&quot; in this store</source>
        <translation>no user named &quot;%1&quot; in this store</translation>
    </message>
    <message>
        <source>you cannot remove yourself</source>
        <translation>you cannot remove yourself</translation>
    </message>
</context>
<context>
    <name>ServerWatch</name>
    <message>
        <source>&lt;b&gt;The server no longer answers&lt;/b&gt; (%1). The figures shown are those from before the interruption; what needs the store is unavailable. Retrying every few seconds…</source>
        <translation>&lt;b&gt;The server no longer answers&lt;/b&gt; (%1). The figures shown are those from before the interruption; what needs the store is unavailable. Retrying every few seconds…</translation>
    </message>
    <message>
        <source>&lt;b&gt;The server answers again&lt;/b&gt; (%1). The figures are up to date.</source>
        <translation>&lt;b&gt;The server answers again&lt;/b&gt; (%1). The figures are up to date.</translation>
    </message>
</context>
<context>
    <name>ShareModel</name>
    <message numerus="yes">
        <source>Base too small: %n valid answer(s); at least 30 are needed to show a share.</source>
        <translation>
            <numerusform>Base too small: %n valid answer; at least 30 are needed to show a share.</numerusform>
            <numerusform>Base too small: %n valid answers; at least 30 are needed to show a share.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 (95% interval %3–%4) · %5 of %6 valid answers · effective n = %7</source>
        <translation>%1: %2 (95% interval %3–%4) · %5 of %6 valid answers · effective n = %7</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Published: %1</translation>
    </message>
    <message>
        <source>The gap between QPV and outside QPV is significant at 95%.</source>
        <translation>The gap between QPV and outside QPV is significant at 95%.</translation>
    </message>
    <message>
        <source>The gap between QPV and outside QPV is not significant at 95%.</source>
        <translation>The gap between QPV and outside QPV is not significant at 95%.</translation>
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
        <translation>Answer</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>All tenants</translation>
    </message>
    <message>
        <source>Landlord %1</source>
        <translation>Landlord %1</translation>
    </message>
    <message>
        <source>QPV</source>
        <translation>QPV</translation>
    </message>
    <message>
        <source>Outside QPV</source>
        <translation>Outside QPV</translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation>Gap (points)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Published</translation>
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
        <translation>n outside QPV</translation>
    </message>
</context>
<context>
    <name>Shares</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <source>Fairly dissatisfied</source>
        <translation>Fairly dissatisfied</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <source>the wave %1 cannot be read</source>
        <translation>the wave %1 cannot be read</translation>
    </message>
    <message>
        <source>landlord %1 is not in the wave %2</source>
        <translation>landlord %1 is not in the wave %2</translation>
    </message>
    <message>
        <source>--by %1: expected none, qpv, landlord or a segment column (%2)</source>
        <translation>--by %1: expected none, qpv, landlord or a segment column (%2)</translation>
    </message>
</context>
<context>
    <name>SharesChart</name>
    <message>
        <source>Information and uses</source>
        <translation>Information and uses</translation>
    </message>
    <message>
        <source> (n &lt; 30)</source>
        <translation> (n &lt; 30)</translation>
    </message>
    <message>
        <source>% of valid answers (weighted), 95% intervals</source>
        <translation>% of valid answers (weighted), 95% intervals</translation>
    </message>
    <message>
        <source>✱ significant QPV gap (95%)</source>
        <translation>✱ significant QPV gap (95%)</translation>
    </message>
    <message>
        <source>┃ published share</source>
        <translation>┃ published share</translation>
    </message>
</context>
<context>
    <name>SharesPage</name>
    <message>
        <source>All questions</source>
        <translation>All questions</translation>
    </message>
    <message>
        <source>The question to draw</source>
        <translation>The question to draw</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) whose group has fewer than 30 valid answers: no bar, no share.</source>
        <translation>
            <numerusform>%n row whose group has fewer than 30 valid answers: no bar, no share.</numerusform>
            <numerusform>%n rows whose group has fewer than 30 valid answers: no bar, no share.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Shortcut</translation>
    </message>
    <message>
        <source>Copy the selected rows of a table</source>
        <translation>Copy the selected rows of a table</translation>
    </message>
</context>
<context>
    <name>SmallSegments</name>
    <message>
        <source>others</source>
        <translation>others</translation>
    </message>
</context>
<context>
    <name>SqliteDialect</name>
    <message>
        <source>the store %1 is locked by another program; close it and try again</source>
        <translation>the store %1 is locked by another program; close it and try again</translation>
    </message>
    <message>
        <source>the store %1 is read-only: nothing can be written to it</source>
        <translation>the store %1 is read-only: nothing can be written to it</translation>
    </message>
    <message>
        <source>the disk holding the store %1 is full: nothing was written</source>
        <translation>the disk holding the store %1 is full: nothing was written</translation>
    </message>
    <message>
        <source>the disk holding the store %1 could not be read or written (%2): nothing was written</source>
        <translation>the disk holding the store %1 could not be read or written (%2): nothing was written</translation>
    </message>
    <message>
        <source>the store %1 is damaged (%2)</source>
        <translation>the store %1 is damaged (%2)</translation>
    </message>
    <message>
        <source>the store could not carry out this operation and nothing was changed (technical detail from SQLite: %1)</source>
        <translation>the store could not carry out this operation and nothing was changed (technical detail from SQLite: %1)</translation>
    </message>
    <message>
        <source>no store given: the store&apos;s path is empty</source>
        <translation>no store given: the store&apos;s path is empty</translation>
    </message>
    <message>
        <source>%1 is not a regular file: a store is a file</source>
        <translation>%1 is not a regular file: a store is a file</translation>
    </message>
    <message>
        <source>cannot read the store %1: %2</source>
        <translation>cannot read the store %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Satisfecit store (not an SQLite database)</source>
        <translation>%1 is not a Satisfecit store (not an SQLite database)</translation>
    </message>
    <message>
        <source>the store %1 does not exist</source>
        <translation>the store %1 does not exist</translation>
    </message>
    <message>
        <source>the store %1 does not exist (no folder %2)</source>
        <translation>the store %1 does not exist (no folder %2)</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Satisfecit store</source>
        <translation>%1 is an empty file, not a Satisfecit store</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot open the store %1 (technical detail: %2)</source>
        <translation>cannot open the store %1 (technical detail: %2)</translation>
    </message>
    <message>
        <source>the store %1 is on a read-only disk or folder where it cannot be opened; copy it to a writable folder</source>
        <translation>the store %1 is on a read-only disk or folder where it cannot be opened; copy it to a writable folder</translation>
    </message>
    <message>
        <source>the store %1 is damaged and cannot be opened (%2)</source>
        <translation>the store %1 is damaged and cannot be opened (%2)</translation>
    </message>
    <message>
        <source>the store %1 is damaged: %2</source>
        <translation>the store %1 is damaged: %2</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Satisfecit store</source>
        <translation>%1 is an SQLite database but not a Satisfecit store</translation>
    </message>
    <message>
        <source>the store %1 was written by a newer version of Satisfecit (schema %2; this version knows up to %3); update Satisfecit to open it</source>
        <translation>the store %1 was written by a newer version of Satisfecit (schema %2; this version knows up to %3); update Satisfecit to open it</translation>
    </message>
    <message>
        <source>the store %1 is read-only and must be upgraded before use</source>
        <translation>the store %1 is read-only and must be upgraded before use</translation>
    </message>
    <message>
        <source>store error: %1</source>
        <translation>store error: %1</translation>
    </message>
    <message>
        <source>the store %1 has rows pointing at missing rows of %2</source>
        <translation>the store %1 has rows pointing at missing rows of %2</translation>
    </message>
    <message>
        <source>the store %1 has an unexpected waves table</source>
        <translation>the store %1 has an unexpected waves table</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>cannot save the codebook</source>
        <translation>cannot save the codebook</translation>
    </message>
    <message>
        <source>question %1 names %2 as its parent, which is not in the codebook</source>
        <translation>question %1 names %2 as its parent, which is not in the codebook</translation>
    </message>
    <message>
        <source>cannot save the figures</source>
        <translation>cannot save the figures</translation>
    </message>
    <message>
        <source>the wave could not be deleted</source>
        <translation>the wave could not be deleted</translation>
    </message>
    <message>
        <source>the demo data could not be removed</source>
        <translation>the demo data could not be removed</translation>
    </message>
    <message>
        <source>no wave %1 in the store</source>
        <translation>no wave %1 in the store</translation>
    </message>
    <message>
        <source>The question %1 (&quot;%2&quot;) is already answered in waves of the store as a %3 question; the dictionary makes it a %4 question, and its results could no longer be compared. Give it another code in the dictionary, or first delete the waves that use it (Data page).</source>
        <translation>The question %1 (&quot;%2&quot;) is already answered in waves of the store as a %3 question; the dictionary makes it a %4 question, and its results could no longer be compared. Give it another code in the dictionary, or first delete the waves that use it (Data page).</translation>
    </message>
    <message>
        <source>the store %1 is damaged: its key for respondent ids is missing</source>
        <translation>the store %1 is damaged: its key for respondent ids is missing</translation>
    </message>
    <message>
        <source>the store is damaged: wave %1 (%2, %3); import its file again to repair it</source>
        <translation>the store is damaged: wave %1 (%2, %3); import its file again to repair it</translation>
    </message>
    <message>
        <source>its row or its landlords do not match their checksum</source>
        <translation>its row or its landlords do not match their checksum</translation>
    </message>
    <message>
        <source>a value of %1 is out of range</source>
        <translation>a value of %1 is out of range</translation>
    </message>
    <message>
        <source>the segment column %1 does not match its checksum</source>
        <translation>the segment column %1 does not match its checksum</translation>
    </message>
    <message>
        <source>its summary does not match its checksum</source>
        <translation>its summary does not match its checksum</translation>
    </message>
    <message>
        <source>a landlord is out of range</source>
        <translation>a landlord is out of range</translation>
    </message>
    <message>
        <source>the respondents do not match the %1 declared</source>
        <translation>the respondents do not match the %1 declared</translation>
    </message>
    <message>
        <source>the respondents (chunk %1) do not match their checksum</source>
        <translation>the respondents (chunk %1) do not match their checksum</translation>
    </message>
    <message>
        <source>the answers to %1 do not match the %2 respondents</source>
        <translation>the answers to %1 do not match the %2 respondents</translation>
    </message>
    <message>
        <source>the answers to %1 do not match their checksum</source>
        <translation>the answers to %1 do not match their checksum</translation>
    </message>
    <message>
        <source>the segment columns are incomplete</source>
        <translation>the segment columns are incomplete</translation>
    </message>
    <message>
        <source>the raked weights do not match the respondents</source>
        <translation>the raked weights do not match the respondents</translation>
    </message>
    <message>
        <source>the server store %1 cannot be read: %2</source>
        <translation>the server store %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>cannot open the store %1: Qt&apos;s %2 driver is not installed</source>
        <translation>cannot open the store %1: Qt&apos;s %2 driver is not installed</translation>
    </message>
    <message>
        <source>this user is not one of the users of the store %1; an administrator of the store adds it with: satisfecit server-user add</source>
        <translation>this user is not one of the users of the store %1; an administrator of the store adds it with: satisfecit server-user add</translation>
    </message>
    <message>
        <source>the wave&apos;s summary for landlords could not be written (%1)</source>
        <translation>the wave&apos;s summary for landlords could not be written (%1)</translation>
    </message>
    <message>
        <source>the connection is closed</source>
        <translation>the connection is closed</translation>
    </message>
    <message>
        <source>the store %1 is not open</source>
        <translation>the store %1 is not open</translation>
    </message>
    <message>
        <source>the server of the store %1 stopped answering while the change was being saved: it may have been saved or not. When the server is back, open the store again and check (the waves command lists the imported waves)</source>
        <translation>the server of the store %1 stopped answering while the change was being saved: it may have been saved or not. When the server is back, open the store again and check (the waves command lists the imported waves)</translation>
    </message>
    <message>
        <source>the wave&apos;s design for landlords could not be written</source>
        <translation>the wave&apos;s design for landlords could not be written</translation>
    </message>
    <message>
        <source>its design for landlords does not match its checksum</source>
        <translation>its design for landlords does not match its checksum</translation>
    </message>
    <message>
        <source>the landlords&apos; segment values could not be written</source>
        <translation>the landlords&apos; segment values could not be written</translation>
    </message>
</context>
<context>
    <name>Store::WaveSession</name>
    <message>
        <source>the store is busy; try again</source>
        <translation>the store is busy; try again</translation>
    </message>
    <message>
        <source>the respondent ids could not be pseudonymised</source>
        <translation>the respondent ids could not be pseudonymised</translation>
    </message>
</context>
<context>
    <name>StoreLocation</name>
    <message>
        <source>the server&apos;s port %1 is not a number from 1 to 65535</source>
        <translation>the server&apos;s port %1 is not a number from 1 to 65535</translation>
    </message>
    <message>
        <source>the server address %1 lacks its closing ]</source>
        <translation>the server address %1 lacks its closing ]</translation>
    </message>
    <message>
        <source>the server setting %1 is not name=value</source>
        <translation>the server setting %1 is not name=value</translation>
    </message>
    <message>
        <source>the database %1 on the local server</source>
        <translation>the database %1 on the local server</translation>
    </message>
    <message>
        <source>the database %1 on %2</source>
        <translation>the database %1 on %2</translation>
    </message>
</context>
<context>
    <name>StoreWatchdog</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Survey imported</source>
        <translation>Survey imported</translation>
    </message>
    <message>
        <source>The wave is in the store. Click Finish to see its figures.</source>
        <translation>The wave is in the store. Click Finish to see its figures.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>Wave:</translation>
    </message>
    <message>
        <source>Respondents:</source>
        <translation>Respondents:</translation>
    </message>
    <message>
        <source>Questions:</source>
        <translation>Questions:</translation>
    </message>
    <message>
        <source>Segment columns:</source>
        <translation>Segment columns:</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Read as:</translation>
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
        <translation>none</translation>
    </message>
    <message>
        <source>sheet %1</source>
        <translation>sheet %1</translation>
    </message>
    <message>
        <source>encoding %1</source>
        <translation>encoding %1</translation>
    </message>
    <message>
        <source>delimiter %1</source>
        <translation>delimiter %1</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>SPSS value labels</source>
        <translation>SPSS value labels</translation>
    </message>
    <message>
        <source>The previous wave %1 %2 was replaced.</source>
        <translation>The previous wave %1 %2 was replaced.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>Sheet %1</source>
        <translation>Sheet %1</translation>
    </message>
    <message>
        <source>Cannot write row %1 of the sheet: %2</source>
        <translation>Cannot write row %1 of the sheet: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot create %1</source>
        <translation>Cannot create %1</translation>
    </message>
    <message>
        <source>Cannot add the sheet &quot;%1&quot;</source>
        <translation>Cannot add the sheet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Cannot replace %1</source>
        <translation>Cannot replace %1</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>not a regular file (a folder, a device or a pipe): nothing is read from it</source>
        <translation>not a regular file (a folder, a device or a pipe): nothing is read from it</translation>
    </message>
    <message>
        <source>unsupported file type &quot;.%1&quot;: expected .csv, .tsv, .txt, .xlsx, .sav or .zsav</source>
        <translation>unsupported file type &quot;.%1&quot;: expected .csv, .tsv, .txt, .xlsx, .sav or .zsav</translation>
    </message>
</context>
<context>
    <name>TableView</name>
    <message>
        <source>Columns shown</source>
        <translation>Columns shown</translation>
    </message>
</context>
<context>
    <name>TextKey</name>
    <message>
        <source>the cell</source>
        <translation>the cell</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; holds a control character (U+%3): refused, a terminal or spreadsheet could act on it</source>
        <translation>%1 &quot;%2&quot; holds a control character (U+%3): refused, a terminal or spreadsheet could act on it</translation>
    </message>
</context>
<context>
    <name>TextReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>the file is empty: a header line was expected</source>
        <translation>the file is empty: a header line was expected</translation>
    </message>
    <message>
        <source>the header has %1 columns; at most %2 are accepted</source>
        <translation>the header has %1 columns; at most %2 are accepted</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;: expected utf-8 or windows-1252</source>
        <translation>unknown encoding &quot;%1&quot;: expected utf-8 or windows-1252</translation>
    </message>
    <message>
        <source>unsupported delimiter &quot;%1&quot;: expected ; , tab or |</source>
        <translation>unsupported delimiter &quot;%1&quot;: expected ; , tab or |</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>expected %1 fields as in the header, found %2</translation>
    </message>
    <message>
        <source>byte 0x%1 is not a Windows-1252 character</source>
        <translation>byte 0x%1 is not a Windows-1252 character</translation>
    </message>
    <message>
        <source>more than %1 fields in one record</source>
        <translation>more than %1 fields in one record</translation>
    </message>
    <message>
        <source>the file contains NUL bytes: it is not a text file</source>
        <translation>the file contains NUL bytes: it is not a text file</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1; if the file is not UTF-8, choose its encoding (windows-1252)</source>
        <translation>invalid UTF-8 byte 0x%1; if the file is not UTF-8, choose its encoding (windows-1252)</translation>
    </message>
    <message>
        <source>a record longer than %1 MiB: the file is not a table of answers</source>
        <translation>a record longer than %1 MiB: the file is not a table of answers</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed (missing &quot;)</source>
        <translation>a quoted field opened here is never closed (missing &quot;)</translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot; after a closing quote: expected the delimiter or the end of the line</source>
        <translation>unexpected character &quot;%1&quot; after a closing quote: expected the delimiter or the end of the line</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>the file starts as UTF-16 but is not valid UTF-16</source>
        <translation>the file starts as UTF-16 but is not valid UTF-16</translation>
    </message>
</context>
<context>
    <name>ThemeScoreModel</name>
    <message>
        <source>Overall</source>
        <translation>Overall</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Housing</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Common areas</source>
        <translation>Common areas</translation>
    </message>
    <message>
        <source>Repairs</source>
        <translation>Repairs</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Living environment</source>
        <translation>Living environment</translation>
    </message>
    <message>
        <source>Cleanliness</source>
        <translation>Cleanliness</translation>
    </message>
    <message>
        <source>n &lt; 30</source>
        <translation>n &lt; 30</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
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
        <translation>Score /10</translation>
    </message>
    <message>
        <source>% satisfied</source>
        <translation>% satisfied</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>95% CI low</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>95% CI high</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Effective n</source>
        <translation>Effective n</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <source>Previous wave</source>
        <translation>Previous wave</translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation>Significant change</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Scores since %1</source>
        <translation>Scores since %1</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Score /10</translation>
    </message>
    <message>
        <source>Thresholds %1 and %2</source>
        <translation>Thresholds %1 and %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Published figure</source>
        <translation>Published figure</translation>
    </message>
    <message>
        <source>scope: %1</source>
        <translation>scope: %1</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation>Significant change</translation>
    </message>
    <message>
        <source>Computed (95% interval)</source>
        <translation>Computed (95% interval)</translation>
    </message>
    <message>
        <source>Illustrative value</source>
        <translation>Illustrative value</translation>
    </message>
</context>
<context>
    <name>TrendModel</name>
    <message>
        <source>computed</source>
        <translation>computed</translation>
    </message>
    <message>
        <source>illustrative</source>
        <translation>illustrative</translation>
    </message>
    <message>
        <source>published</source>
        <translation>published</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>%1 — %2 %3: %4 /10</source>
        <translation>%1 — %2 %3: %4 /10</translation>
    </message>
    <message>
        <source> (95% interval %1–%2)</source>
        <translation> (95% interval %1–%2)</translation>
    </message>
    <message>
        <source> · %1 satisfied</source>
        <translation> · %1 satisfied</translation>
    </message>
    <message>
        <source> · n = %1</source>
        <translation> · n = %1</translation>
    </message>
    <message>
        <source>illustrative value (demo data)</source>
        <translation>illustrative value (demo data)</translation>
    </message>
    <message>
        <source>published: %1</source>
        <translation>published: %1</translation>
    </message>
    <message>
        <source>significant change since the previous wave</source>
        <translation>significant change since the previous wave</translation>
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
        <translation>Year</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Score /10</source>
        <translation>Score /10</translation>
    </message>
    <message>
        <source>95% CI low</source>
        <translation>95% CI low</translation>
    </message>
    <message>
        <source>95% CI high</source>
        <translation>95% CI high</translation>
    </message>
    <message>
        <source>% satisfied</source>
        <translation>% satisfied</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Significant change</source>
        <translation>Significant change</translation>
    </message>
    <message>
        <source>Landlord</source>
        <translation>Landlord</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
</context>
<context>
    <name>TrendsPage</name>
    <message>
        <source>Tick the questions to draw</source>
        <translation>Tick the questions to draw</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>The user guide was not found; it should be in %1.</source>
        <translation>The user guide was not found; it should be in %1.</translation>
    </message>
    <message>
        <source>No program could open the user guide %1.</source>
        <translation>No program could open the user guide %1.</translation>
    </message>
</context>
<context>
    <name>ValidationPage</name>
    <message>
        <source>&amp;Copy the errors</source>
        <translation>&amp;Copy the errors</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Every row and every answer is checked before anything is written.</source>
        <translation>Every row and every answer is checked before anything is written.</translation>
    </message>
    <message>
        <source>Copies every error as tab-separated text, to paste into a spreadsheet or an e-mail</source>
        <translation>Copies every error as tab-separated text, to paste into a spreadsheet or an e-mail</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Checking %1…</translation>
    </message>
    <message>
        <source>The check was interrupted.</source>
        <translation>The check was interrupted.</translation>
    </message>
    <message>
        <source>%1 was already imported on %2, as the wave %3 %4: there is nothing to import.</source>
        <translation>%1 was already imported on %2, as the wave %3 %4: there is nothing to import.</translation>
    </message>
    <message>
        <source>No problem found: %1, %2, %3.</source>
        <translation>No problem found: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform>
            <numerusform>%Ln respondents</numerusform>
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
            <numerusform>%Ln segment column</numerusform>
            <numerusform>%Ln segment columns</numerusform>
        </translation>
    </message>
    <message>
        <source>Import will add the wave %1 %2.</source>
        <translation>Import will add the wave %1 %2.</translation>
    </message>
    <message numerus="yes">
        <source>The store already has this wave (%1, %Ln respondent(s)): you will be asked before it is replaced.</source>
        <translation>
            <numerusform>The store already has this wave (%1, %Ln respondent): you will be asked before it is replaced.</numerusform>
            <numerusform>The store already has this wave (%1, %Ln respondents): you will be asked before it is replaced.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %Ln are listed.</source>
        <translation>
            <numerusform>Only the first %Ln are listed.</numerusform>
            <numerusform>Only the first %Ln are listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>So many problems often mean that the file&apos;s columns follow another questionnaire than the dictionary %1: check that it is the one delivered with this file (step Questionnaire).</source>
        <translation>So many problems often mean that the file&apos;s columns follow another questionnaire than the dictionary %1: check that it is the one delivered with this file (step Questionnaire).</translation>
    </message>
    <message>
        <source>So many problems often mean that your file follows another questionnaire than the one in Satisfecit: go back to the step Questionnaire and choose the questions dictionary (codebook) your provider delivered with the file.</source>
        <translation>So many problems often mean that your file follows another questionnaire than the one in Satisfecit: go back to the step Questionnaire and choose the questions dictionary (codebook) your provider delivered with the file.</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>%1 found in %2. Nothing can be imported until the file is corrected.</source>
        <translation>%1 found in %2. Nothing can be imported until the file is corrected.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problem(s)</source>
        <translation>
            <numerusform>%Ln problem</numerusform>
            <numerusform>%Ln problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaveListModel</name>
    <message>
        <source>demo data</source>
        <translation>demo data</translation>
    </message>
    <message>
        <source>imported survey</source>
        <translation>imported survey</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>Fingerprint (SHA-256)</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Weighting</name>
    <message>
        <source>the margins file has no variable</source>
        <translation>the margins file has no variable</translation>
    </message>
    <message>
        <source>%1 = %2: the count must be a number above 0</source>
        <translation>%1 = %2: the count must be a number above 0</translation>
    </message>
    <message>
        <source>%1 = %2 is given twice</source>
        <translation>%1 = %2 is given twice</translation>
    </message>
    <message>
        <source>the counts of %1 add up to %2 but those of %3 to %4: every variable must describe the same population</source>
        <translation>the counts of %1 add up to %2 but those of %3 to %4: every variable must describe the same population</translation>
    </message>
    <message>
        <source>%1 is not a column of the wave (expected bailleur, qpv or a segment column)</source>
        <translation>%1 is not a column of the wave (expected bailleur, qpv or a segment column)</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is in the sample but not in the margins</source>
        <translation>%1 = &quot;%2&quot; is in the sample but not in the margins</translation>
    </message>
    <message>
        <source>%1 = &quot;%2&quot; is in the margins (line %3) but no respondent of the sample has it</source>
        <translation>%1 = &quot;%2&quot; is in the margins (line %3) but no respondent of the sample has it</translation>
    </message>
    <message>
        <source>raking did not converge in %1 passes: the margins may contradict each other (for example a combination of values no respondent has)</source>
        <translation>raking did not converge in %1 passes: the margins may contradict each other (for example a combination of values no respondent has)</translation>
    </message>
    <message>
        <source>the margins cannot all be met: after raking, %1 = %2 weighs %3 instead of %4 (variables that describe the same thing with different counts?)</source>
        <translation>the margins cannot all be met: after raking, %1 = %2 weighs %3 instead of %4 (variables that describe the same thing with different counts?)</translation>
    </message>
</context>
<context>
    <name>WeightingDialog</name>
    <message>
        <source>Keep the weights between</source>
        <translation>Keep the weights between</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Weighting</translation>
    </message>
    <message numerus="yes">
        <source>Weight the wave %1 %2 (%n respondent(s)) so that it matches population counts by landlord, QPV or any segment column: a margins file with the columns variable, value and count.</source>
        <translation>
            <numerusform>Weight the wave %1 %2 (%n respondent) so that it matches population counts by landlord, QPV or any segment column: a margins file with the columns variable, value and count.</numerusform>
            <numerusform>Weight the wave %1 %2 (%n respondents) so that it matches population counts by landlord, QPV or any segment column: a margins file with the columns variable, value and count.</numerusform>
        </translation>
    </message>
    <message>
        <source>Margins file:</source>
        <translation>Margins file:</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>File&apos;s weights</source>
        <translation>File&apos;s weights</translation>
    </message>
    <message>
        <source>Raked weights</source>
        <translation>Raked weights</translation>
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
        <translation>Coefficient of variation</translation>
    </message>
    <message>
        <source>Design effect</source>
        <translation>Design effect</translation>
    </message>
    <message>
        <source>Effective size</source>
        <translation>Effective size</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Back to the &amp;file&apos;s weights</source>
        <translation>Back to the &amp;file&apos;s weights</translation>
    </message>
    <message>
        <source>This wave is raked to %1; the file&apos;s weights are kept.</source>
        <translation>This wave is raked to %1; the file&apos;s weights are kept.</translation>
    </message>
    <message>
        <source>Population margins</source>
        <translation>Population margins</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>The upper bound must be above the lower one.</source>
        <translation>The upper bound must be above the lower one.</translation>
    </message>
    <message numerus="yes">
        <source>Raked in %n pass(es). Standard errors will account for the weighting.</source>
        <translation>
            <numerusform>Raked in %n pass. Standard errors will account for the weighting.</numerusform>
            <numerusform>Raked in %n passes. Standard errors will account for the weighting.</numerusform>
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
        <translation>Tenant-satisfaction surveys: scores /10, QPV comparisons, trends since 2004.</translation>
    </message>
    <message numerus="yes">
        <source>Store: %1 — %n wave(s)</source>
        <translation>
            <numerusform>Store: %1 — %n wave</numerusform>
            <numerusform>Store: %1 — %n waves</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import a survey…</source>
        <translation>&amp;Import a survey…</translation>
    </message>
    <message>
        <source>Load the &amp;demo data</source>
        <translation>Load the &amp;demo data</translation>
    </message>
    <message>
        <source>A generated 2020 wave and the published figures since 2004, all marked as demo data and removable from the Data page</source>
        <translation>A generated 2020 wave and the published figures since 2004, all marked as demo data and removable from the Data page</translation>
    </message>
    <message>
        <source>Your provider sent a questions dictionary (codebook) with the file? The import finds it beside the file, or you can add it now. Figures published before the answers were kept (2004–2017) come as a table of published results.</source>
        <translation>Your provider sent a questions dictionary (codebook) with the file? The import finds it beside the file, or you can add it now. Figures published before the answers were kept (2004–2017) come as a table of published results.</translation>
    </message>
    <message>
        <source>Import a &amp;questions dictionary…</source>
        <translation>Import a &amp;questions dictionary…</translation>
    </message>
    <message>
        <source>Import &amp;published results…</source>
        <translation>Import &amp;published results…</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>not an Excel workbook: the file is not a zip archive</source>
        <translation>not an Excel workbook: the file is not a zip archive</translation>
    </message>
    <message>
        <source>the part %1 is missing from the workbook</source>
        <translation>the part %1 is missing from the workbook</translation>
    </message>
    <message>
        <source>%1: corrupt zip entry</source>
        <translation>%1: corrupt zip entry</translation>
    </message>
    <message>
        <source>%1: the workbook is encrypted</source>
        <translation>%1: the workbook is encrypted</translation>
    </message>
    <message>
        <source>%1: the part is %2 MiB once decompressed; at most %3 MiB are accepted</source>
        <translation>%1: the part is %2 MiB once decompressed; at most %3 MiB are accepted</translation>
    </message>
    <message>
        <source>%1: the part inflates %2 times its compressed size (a zip bomb?); at most %3 times is accepted</source>
        <translation>%1: the part inflates %2 times its compressed size (a zip bomb?); at most %3 times is accepted</translation>
    </message>
    <message>
        <source>%1: unsupported or corrupt zip entry</source>
        <translation>%1: unsupported or corrupt zip entry</translation>
    </message>
    <message>
        <source>%1: no part is being read</source>
        <translation>%1: no part is being read</translation>
    </message>
    <message>
        <source>%1: corrupt zip entry (error %2)</source>
        <translation>%1: corrupt zip entry (error %2)</translation>
    </message>
    <message>
        <source>%1: corrupt zip entry (checksum mismatch)</source>
        <translation>%1: corrupt zip entry (checksum mismatch)</translation>
    </message>
    <message>
        <source>%1: the part exceeds %2 MiB once decompressed</source>
        <translation>%1: the part exceeds %2 MiB once decompressed</translation>
    </message>
    <message>
        <source>%1: a DTD is not allowed in a workbook part</source>
        <translation>%1: a DTD is not allowed in a workbook part</translation>
    </message>
    <message>
        <source>%1: malformed XML: the part ends before its last element is closed</source>
        <translation>%1: malformed XML: the part ends before its last element is closed</translation>
    </message>
    <message>
        <source>%1: malformed XML at line %2, column %3: %4</source>
        <translation>%1: malformed XML at line %2, column %3: %4</translation>
    </message>
    <message>
        <source>%1: the workbook has no sheet</source>
        <translation>%1: the workbook has no sheet</translation>
    </message>
    <message>
        <source>the sheet &quot;%1&quot; is empty: a header row was expected</source>
        <translation>the sheet &quot;%1&quot; is empty: a header row was expected</translation>
    </message>
    <message>
        <source>the workbook has no sheet &quot;%1&quot;; its sheets are: %2</source>
        <translation>the workbook has no sheet &quot;%1&quot;; its sheets are: %2</translation>
    </message>
    <message>
        <source>%1: the sheet &quot;%2&quot; has no part (relationship &quot;%3&quot; not found)</source>
        <translation>%1: the sheet &quot;%2&quot; has no part (relationship &quot;%3&quot; not found)</translation>
    </message>
    <message>
        <source>%1: the shared-string table exceeds %2 MiB</source>
        <translation>%1: the shared-string table exceeds %2 MiB</translation>
    </message>
    <message>
        <source>%1: invalid row number &quot;%2&quot;</source>
        <translation>%1: invalid row number &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: row %2 comes after row %3</source>
        <translation>%1: row %2 comes after row %3</translation>
    </message>
    <message>
        <source>the sheet has more than %1 rows</source>
        <translation>the sheet has more than %1 rows</translation>
    </message>
    <message>
        <source>invalid cell reference &quot;%1&quot;</source>
        <translation>invalid cell reference &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the sheet has more than %1 columns</source>
        <translation>the sheet has more than %1 columns</translation>
    </message>
    <message>
        <source>cell %1 comes after a cell to its right</source>
        <translation>cell %1 comes after a cell to its right</translation>
    </message>
    <message>
        <source>the sheet has more than %1 cells</source>
        <translation>the sheet has more than %1 cells</translation>
    </message>
    <message>
        <source>unknown cell type &quot;%1&quot;</source>
        <translation>unknown cell type &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a value lies beyond the last column of the header (%1 columns)</source>
        <translation>a value lies beyond the last column of the header (%1 columns)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number</source>
        <translation>&quot;%1&quot; is not a number</translation>
    </message>
    <message>
        <source>the cell refers to a shared string but the part %1 is missing</source>
        <translation>the cell refers to a shared string but the part %1 is missing</translation>
    </message>
    <message>
        <source>%1: no shared string number %2 (the table has %3)</source>
        <translation>%1: no shared string number %2 (the table has %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a boolean</source>
        <translation>&quot;%1&quot; is not a boolean</translation>
    </message>
    <message>
        <source>not an Excel workbook: its list of parts is damaged</source>
        <translation>not an Excel workbook: its list of parts is damaged</translation>
    </message>
    <message>
        <source>not a valid Excel workbook: it holds two parts named %1</source>
        <translation>not a valid Excel workbook: it holds two parts named %1</translation>
    </message>
    <message>
        <source>the cell holds a formula whose result was not saved; open the file in Excel or LibreOffice and save it again</source>
        <translation>the cell holds a formula whose result was not saved; open the file in Excel or LibreOffice and save it again</translation>
    </message>
</context>
</TS>
