#pragma once

#include <QString>

/// A segment column's name as a user reads it: "departement" → "Département",
/// "type_habitat" → "Type d'habitat" ("Type of housing" in English), "epci" →
/// "EPCI"; any other name with its underscores as spaces and a capital first.
QString segmentDisplayName(const QString &column, const QString &language);
