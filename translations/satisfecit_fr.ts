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
    <name>Cli</name>
    <message>
        <source>Usage: satisfecit [--db PATH] [--lang fr|en] COMMAND [options]

Without a command, opens the Satisfecit window.

Commands:
</source>
        <translation>Usage : satisfecit [--db CHEMIN] [--lang fr|en] COMMANDE [options]

Sans commande, ouvre la fenêtre de Satisfecit.

Commandes :
</translation>
    </message>
    <message>
        <source>
Global options:
  --db PATH          the store (default: $SATISFECIT_DB, else %1)
  --lang fr|en       language of messages and figures
  --format F         table, csv or json, for commands that print data
  -h, --help         this help; COMMAND --help for a command's options
  -v, --version      the version

Exit codes: 0 done, 1 bad command line, 2 invalid input file, 3 store error.
</source>
        <translation>
Options générales :
  --db CHEMIN        la base (par défaut : $SATISFECIT_DB, sinon %1)
  --lang fr|en       langue des messages et des chiffres
  --format F         table, csv ou json, pour les commandes qui affichent des données
  -h, --help         cette aide ; COMMANDE --help pour les options d'une commande
  -v, --version      la version

Codes de sortie : 0 terminé, 1 ligne de commande incorrecte, 2 fichier d'entrée invalide, 3 erreur de la base.
</translation>
    </message>
    <message>
        <source>The store file.</source>
        <translation>Le fichier de la base.</translation>
    </message>
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
        <translation>Afficher l'aide.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Afficher la version.</translation>
    </message>
    <message>
        <source>Try 'satisfecit --help'.</source>
        <translation>Essayez « satisfecit --help ».</translation>
    </message>
    <message>
        <source>unknown command "%1"</source>
        <translation>commande « %1 » inconnue</translation>
    </message>
    <message>
        <source>unknown language "%1": expected fr or en</source>
        <translation>langue « %1 » inconnue : fr ou en attendu</translation>
    </message>
    <message>
        <source>unknown format "%1": expected table, csv or json</source>
        <translation>format « %1 » inconnu : table, csv ou json attendu</translation>
    </message>
    <message>
        <source>import a respondent file (CSV/TSV/TXT, XLSX, SAV) as one wave</source>
        <translation>importer un fichier de répondants (CSV/TSV/TXT, XLSX, SAV) comme une vague</translation>
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
        <translation>montrer comment un fichier est lu ; n'écrit rien</translation>
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
        <translation>importance et note par question : les leviers d'amélioration</translation>
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
        <source>The wave's year (default: the latest).</source>
        <translation>L'année de la vague (par défaut : la plus récente).</translation>
    </message>
    <message>
        <source>The wave's scope, when a year has several.</source>
        <translation>Le périmètre de la vague, quand une année en a plusieurs.</translation>
    </message>
    <message>
        <source>none, qpv, landlord or a segment column.</source>
        <translation>none, qpv, landlord ou une colonne de segment.</translation>
    </message>
    <message>
        <source>Only this landlord's tenants.</source>
        <translation>Seulement les locataires de ce bailleur.</translation>
    </message>
    <message>
        <source>Only this question.</source>
        <translation>Seulement cette question.</translation>
    </message>
    <message>
        <source>question %1 is not in the codebook</source>
        <translation>la question %1 n'est pas dans le dictionnaire</translation>
    </message>
    <message>
        <source>the store has no wave yet: import one first</source>
        <translation>la base n'a encore aucune vague : importez-en une d'abord</translation>
    </message>
    <message>
        <source>landlord %1 is not in the wave %2</source>
        <translation>le bailleur %1 n'est pas dans la vague %2</translation>
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
        <translation>la vague n'a pas de question de satisfaction globale : pas d'analyse des leviers</translation>
    </message>
    <message>
        <source>Text encoding: utf-8 or windows-1252 (detected by default).</source>
        <translation>Encodage du texte : utf-8 ou windows-1252 (détecté par défaut).</translation>
    </message>
    <message>
        <source>Field delimiter: ';' ',' 'tab' or '|' (detected by default).</source>
        <translation>Séparateur de champs : ';' ',' 'tab' ou '|' (détecté par défaut).</translation>
    </message>
    <message>
        <source>Excel sheet, by number (from 1) or name.</source>
        <translation>Feuille Excel, par numéro (à partir de 1) ou par nom.</translation>
    </message>
    <message>
        <source>unknown delimiter "%1": expected ; , tab or |</source>
        <translation>séparateur « %1 » inconnu : ; , tab ou | attendu</translation>
    </message>
    <message>
        <source>(more errors not shown)</source>
        <translation>(autres erreurs non affichées)</translation>
    </message>
    <message>
        <source>Nothing was written to the store.</source>
        <translation>Rien n'a été écrit dans la base.</translation>
    </message>
    <message>
        <source>A codebook CSV whose questions are added first.</source>
        <translation>Un dictionnaire CSV dont les questions sont ajoutées d'abord.</translation>
    </message>
    <message>
        <source>The wave's year, when the file has no year column.</source>
        <translation>L'année de la vague, quand le fichier n'a pas de colonne année.</translation>
    </message>
    <message>
        <source>The wave's scope (default: Hauts-de-France).</source>
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
</context>
<context>
    <name>Codebook</name>
    <message>
        <source>required column "%1" is missing; the header has: %2</source>
        <translation>la colonne obligatoire « %1 » est absente ; l'en-tête contient : %2</translation>
    </message>
    <message>
        <source>empty question code</source>
        <translation>code de question vide</translation>
    </message>
    <message>
        <source>question code "%1" appears twice</source>
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
        <source>type "%1": expected satisfaction4, yesno or single</source>
        <translation>type « %1 » : satisfaction4, yesno ou single attendu</translation>
    </message>
    <message>
        <source>global "%1": expected 1 or empty</source>
        <translation>global « %1 » : 1 ou vide attendu</translation>
    </message>
    <message>
        <source>option "%1": expected code=label with a unique code</source>
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
        <source>%1 questions are marked global; only one overall-satisfaction question is allowed</source>
        <translation>%1 questions sont marquées globales ; une seule question de satisfaction globale est permise</translation>
    </message>
    <message>
        <source>the codebook has no questions</source>
        <translation>le dictionnaire des questions ne contient aucune question</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>column %1 has no name in the header</source>
        <translation>la colonne %1 n'a pas de nom dans l'en-tête</translation>
    </message>
    <message>
        <source>columns %1 and %2 both hold question %3</source>
        <translation>les colonnes %1 et %2 contiennent toutes deux la question %3</translation>
    </message>
    <message>
        <source>columns "%1" (%2) and "%3" (%4) both give the %5</source>
        <translation>les colonnes « %1 » (%2) et « %3 » (%4) donnent toutes deux : %5</translation>
    </message>
    <message>
        <source>column "%1" appears twice</source>
        <translation>la colonne « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>required column "%1" is missing (also accepted: %2); the header has: %3</source>
        <translation>la colonne obligatoire « %1 » est absente (également acceptés : %2) ; l'en-tête contient : %3</translation>
    </message>
    <message>
        <source>no column matches a question of the codebook (%1…); the header has: %2</source>
        <translation>aucune colonne ne correspond à une question du dictionnaire (%1…) ; l'en-tête contient : %2</translation>
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
        <translation><numerusform>Supprimer la vague %1 %2 (%3, %n répondant) ? Ses réponses et résultats sont retirés de la base ; le fichier %3 lui-même n'est pas modifié et peut être importé de nouveau.</numerusform><numerusform>Supprimer la vague %1 %2 (%3, %n répondants) ? Ses réponses et résultats sont retirés de la base ; le fichier %3 lui-même n'est pas modifié et peut être importé de nouveau.</numerusform></translation>
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
        <translation><numerusform>Effectif insuffisant : %n réponse valide.</numerusform><numerusform>Effectif insuffisant : %n réponses valides.</numerusform></translation>
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
        <translation><numerusform>Effectif insuffisant : %n réponse valide ; il en faut au moins 30 pour afficher une note.</numerusform><numerusform>Effectif insuffisant : %n réponses valides ; il en faut au moins 30 pour afficher une note.</numerusform></translation>
    </message>
    <message>
        <source>Score %1 /10 (95% interval %2–%3) · %4 satisfied · n = %5 · effective n = %6</source>
        <translation>Note %1 /10 (IC 95 % %2–%3) · %4 de satisfaits · n = %5 · n effectif = %6</translation>
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
        <translation>Impossible d'ouvrir la base</translation>
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
        <translation>&lt;h3&gt;Satisfecit %1&lt;/h3&gt;&lt;p&gt;Enquêtes de satisfaction des locataires du logement social : notes pondérées, comparaisons QPV, évolutions depuis 2004, comparaisons entre bailleurs et dossiers pour le conseil d'administration.&lt;/p&gt;&lt;p&gt;Vos fichiers d'enquête restent sur cet ordinateur.&lt;/p&gt;</translation>
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
    <name>PublishedReader</name>
    <message>
        <source>required column "%1" is missing; the header has: %2</source>
        <translation>la colonne obligatoire « %1 » est absente ; l'en-tête contient : %2</translation>
    </message>
    <message>
        <source>year "%1": expected a year between 1990 and 2100</source>
        <translation>année « %1 » : une année entre 1990 et 2100 est attendue</translation>
    </message>
    <message>
        <source>empty scope (perimetre)</source>
        <translation>périmètre vide</translation>
    </message>
    <message>
        <source>question "%1" is not in the codebook</source>
        <translation>la question « %1 » n'est pas dans le dictionnaire</translation>
    </message>
    <message>
        <source>empty segment: expected ensemble, qpv, hors_qpv or a landlord code</source>
        <translation>segment vide : ensemble, qpv, hors_qpv ou un code de bailleur attendu</translation>
    </message>
    <message>
        <source>score "%1": expected a number from 0 to 10</source>
        <translation>note « %1 » : un nombre de 0 à 10 est attendu</translation>
    </message>
    <message>
        <source>percentage "%1": expected a number from 0 to 100</source>
        <translation>pourcentage « %1 » : un nombre de 0 à 100 est attendu</translation>
    </message>
    <message>
        <source>count "%1": expected a whole number</source>
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
        <translation>la question %1 n'a pas de note : donnez la part d'une option dans pct_satisfaits</translation>
    </message>
    <message>
        <source>a share is required for question %1</source>
        <translation>une part est requise pour la question %1</translation>
    </message>
    <message>
        <source>option "%1" is not an option of question %2</source>
        <translation>« %1 » n'est pas une option de la question %2</translation>
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
    <name>RespondentImporter</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n'existe pas</translation>
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
        <translation>import annulé : rien n'a été écrit</translation>
    </message>
    <message>
        <source>the store already has the wave %1 %2 (%3, %4 respondents); replace it to import this file</source>
        <translation>la base contient déjà la vague %1 %2 (%3, %4 répondants) ; remplacez-la pour importer ce fichier</translation>
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
        <translation>l'identifiant de répondant %1 contient un saut de ligne</translation>
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
        <translation>l'année %1 diffère de %2 (ligne %3) : un fichier contient une seule vague</translation>
    </message>
    <message>
        <source>year %1 differs from the year given for the import, %2</source>
        <translation>l'année %1 diffère de l'année indiquée pour l'import, %2</translation>
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
        <source>column "%1" has more than %2 different values: it cannot be a segment</source>
        <translation>la colonne « %1 » a plus de %2 valeurs différentes : elle ne peut pas servir de segment</translation>
    </message>
    <message>
        <source>the file has a header but no respondents</source>
        <translation>le fichier a un en-tête mais aucun répondant</translation>
    </message>
    <message>
        <source>the wave's year is not in the file: give it</source>
        <translation>l'année de la vague n'est pas dans le fichier : indiquez-la</translation>
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
        <translation>l'observation %1 a %2 valeurs au lieu de %3</translation>
    </message>
    <message>
        <source>case %1 is out of order</source>
        <translation>l'observation %1 est hors séquence</translation>
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
        <translation>impossible d'ouvrir le fichier : %1</translation>
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
        <translation>impossible de lire le fichier SPSS %1 : il n'a aucune variable</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: the last case is incomplete (truncated file?)</source>
        <translation>impossible de lire le fichier SPSS %1 : la dernière observation est incomplète (fichier tronqué ?)</translation>
    </message>
    <message>
        <source>cannot read the SPSS file %1: it declares %2 cases but holds %3 (truncated file?)</source>
        <translation>impossible de lire le fichier SPSS %1 : il déclare %2 observations mais en contient %3 (fichier tronqué ?)</translation>
    </message>
</context>
<context>
    <name>Store</name>
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
        <translation>le disque de la base %1 est plein : rien n'a été écrit</translation>
    </message>
    <message>
        <source>the store %1 is damaged (%2)</source>
        <translation>la base %1 est endommagée (%2)</translation>
    </message>
    <message>
        <source>store error: %1</source>
        <translation>erreur de la base : %1</translation>
    </message>
    <message>
        <source>cannot read the store %1: %2</source>
        <translation>impossible de lire la base %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a Satisfecit store (not an SQLite database)</source>
        <translation>%1 n'est pas une base Satisfecit (ce n'est pas une base SQLite)</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot open the store %1: %2</source>
        <translation>impossible d'ouvrir la base %1 : %2</translation>
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
        <translation>la base %1 a été écrite par une version plus récente de Satisfecit (schéma %2 ; cette version connaît jusqu'au %3) ; mettez Satisfecit à jour pour l'ouvrir</translation>
    </message>
    <message>
        <source>the store %1 is read-only and must be upgraded before use</source>
        <translation>la base %1 est en lecture seule et doit être mise à niveau avant usage</translation>
    </message>
    <message>
        <source>cannot save the codebook</source>
        <translation>impossible d'enregistrer le dictionnaire des questions</translation>
    </message>
    <message>
        <source>question %1 already has answers as %2; its type cannot become %3</source>
        <translation>la question %1 a déjà des réponses de type %2 ; son type ne peut pas devenir %3</translation>
    </message>
    <message>
        <source>question %1 names %2 as its parent, which is not in the codebook</source>
        <translation>la question %1 désigne %2 comme parente, absente du dictionnaire</translation>
    </message>
    <message>
        <source>cannot save the figures</source>
        <translation>impossible d'enregistrer les résultats</translation>
    </message>
    <message>
        <source>the store is busy; try again</source>
        <translation>la base est occupée ; réessayez</translation>
    </message>
    <message>
        <source>the wave could not be saved: %1</source>
        <translation>la vague n'a pas pu être enregistrée : %1</translation>
    </message>
    <message>
        <source>the wave could not be deleted</source>
        <translation>la vague n'a pas pu être supprimée</translation>
    </message>
    <message>
        <source>the demo data could not be removed</source>
        <translation>les données de démonstration n'ont pas pu être retirées</translation>
    </message>
    <message>
        <source>the respondents of wave %1 are damaged in the store</source>
        <translation>les répondants de la vague %1 sont endommagés dans la base</translation>
    </message>
</context>
<context>
    <name>TableReader</name>
    <message>
        <source>unsupported file type ".%1": expected .csv, .tsv, .txt, .xlsx or .sav</source>
        <translation>type de fichier « .%1 » non pris en charge : .csv, .tsv, .txt, .xlsx ou .sav attendu</translation>
    </message>
</context>
<context>
    <name>TextReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d'ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>the file is empty: a header line was expected</source>
        <translation>le fichier est vide : une ligne d'en-tête est attendue</translation>
    </message>
    <message>
        <source>the header has %1 columns; at most %2 are accepted</source>
        <translation>l'en-tête a %1 colonnes ; %2 au plus sont acceptées</translation>
    </message>
    <message>
        <source>unknown encoding "%1": expected utf-8 or windows-1252</source>
        <translation>encodage « %1 » inconnu : utf-8 ou windows-1252 attendu</translation>
    </message>
    <message>
        <source>unsupported delimiter "%1": expected ; , tab or |</source>
        <translation>séparateur « %1 » non pris en charge : ; , tabulation ou | attendu</translation>
    </message>
    <message>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>%1 champs attendus comme dans l'en-tête, %2 trouvés</translation>
    </message>
    <message>
        <source>byte 0x%1 is not a Windows-1252 character</source>
        <translation>l'octet 0x%1 n'est pas un caractère Windows-1252</translation>
    </message>
    <message>
        <source>more than %1 fields in one record</source>
        <translation>plus de %1 champs dans un enregistrement</translation>
    </message>
    <message>
        <source>the file contains NUL bytes: it is not a text file</source>
        <translation>le fichier contient des octets NUL : ce n'est pas un fichier texte</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte 0x%1; if the file is not UTF-8, choose its encoding (windows-1252)</source>
        <translation>octet UTF-8 invalide 0x%1 ; si le fichier n'est pas en UTF-8, choisissez son encodage (windows-1252)</translation>
    </message>
    <message>
        <source>a record longer than %1 MiB: the file is not a table of answers</source>
        <translation>un enregistrement de plus de %1 Mio : le fichier n'est pas un tableau de réponses</translation>
    </message>
    <message>
        <source>a quoted field opened here is never closed (missing ")</source>
        <translation>un champ entre guillemets ouvert ici n'est jamais fermé (" manquant)</translation>
    </message>
    <message>
        <source>unexpected character "%1" after a closing quote: expected the delimiter or the end of the line</source>
        <translation>caractère « %1 » inattendu après un guillemet fermant : séparateur ou fin de ligne attendu</translation>
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
        <translation><numerusform>Base : %1 — %n vague</numerusform><numerusform>Base : %1 — %n vagues</numerusform></translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>impossible d'ouvrir le fichier : %1</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>not an Excel workbook: the file is not a zip archive</source>
        <translation>ce n'est pas un classeur Excel : le fichier n'est pas une archive zip</translation>
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
        <translation>%1 : aucune partie n'est en cours de lecture</translation>
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
        <translation>%1 : une DTD n'est pas permise dans une partie de classeur</translation>
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
        <translation>%1 : le classeur n'a aucune feuille</translation>
    </message>
    <message>
        <source>the sheet "%1" is empty: a header row was expected</source>
        <translation>la feuille « %1 » est vide : une ligne d'en-tête est attendue</translation>
    </message>
    <message>
        <source>the workbook has no sheet "%1"; its sheets are: %2</source>
        <translation>le classeur n'a pas de feuille « %1 » ; ses feuilles sont : %2</translation>
    </message>
    <message>
        <source>%1: the sheet "%2" has no part (relationship "%3" not found)</source>
        <translation>%1 : la feuille « %2 » n'a pas de partie (relation « %3 » introuvable)</translation>
    </message>
    <message>
        <source>%1: the shared-string table exceeds %2 MiB</source>
        <translation>%1 : la table des chaînes partagées dépasse %2 Mio</translation>
    </message>
    <message>
        <source>%1: invalid row number "%2"</source>
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
        <source>invalid cell reference "%1"</source>
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
        <source>unknown cell type "%1"</source>
        <translation>type de cellule « %1 » inconnu</translation>
    </message>
    <message>
        <source>a value lies beyond the last column of the header (%1 columns)</source>
        <translation>une valeur se trouve au-delà de la dernière colonne de l'en-tête (%1 colonnes)</translation>
    </message>
    <message>
        <source>"%1" is not a number</source>
        <translation>« %1 » n'est pas un nombre</translation>
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
        <source>"%1" is not a boolean</source>
        <translation>« %1 » n'est pas un booléen</translation>
    </message>
</context>
</TS>