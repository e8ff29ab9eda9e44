#pragma once

#include <QString>
#include <QStringView>

/// Folds a header name for matching: lower case, no accents, no spaces,
/// underscores or hyphens ("Quartier_Prioritaire" → "quartierprioritaire").
QString headerKey(QStringView name);

/// Folds an answer label for matching: lower case, no accents, inner
/// whitespace collapsed ("Plutôt  Satisfait" → "plutot satisfait").
QString labelKey(QStringView label);
