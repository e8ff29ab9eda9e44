#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

/// A small survey file of the 2020 wave: landlords L1..L3, a segment column
/// type_habitat, questions Q01..Q03, `rows` respondents. extra, when given,
/// replaces the cells of the first respondent's line by column name
/// ("bailleur=L\x1b[31m").
QByteArray hardeningSurvey(int rows = 60, const QStringList &extra = {}, int year = 2020);

/// Runs SQL statements on a store file outside the app, as a hand edit
/// would (WAL checkpointed after). Empty on success, else the error.
QString editStore(const QString &path, const QStringList &statements);
