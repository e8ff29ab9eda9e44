#pragma once

#include <QByteArray>
#include <QtGlobal>

/// The demo store's respondent file: a fictitious 2020 Hauts-de-France wave
/// of 40,185 tenants of 27 invented landlords, as a UTF-8, `;`-delimited CSV
/// (survey-files.md section 1: id;annee;bailleur;qpv;poids;departement;
/// type_habitat;Q01..Q41). Its weighted figures reproduce the published 2020
/// regional figures (resources/demo/published_2021.csv); its answers are
/// correlated through a latent satisfaction so that driver analysis is
/// meaningful. Most answers are codes, about 5 % of the cells use the label
/// forms, and weights have a decimal comma, so that the demo exercises the
/// importer. The same seed gives the same bytes on every platform.
QByteArray generateDemoRespondents(quint32 seed = 2020);
