// Columns that identify tenants (issue 18): by header name, matched as
// headers are, and by content.
#include "identifiercolumns.h"

#include <QTest>

class TestIdentifierColumns : public QObject
{
    Q_OBJECT

private slots:
    void byName_data();
    void byName();
    void phonesAndEmails_data();
    void phonesAndEmails();
    void byContent();
};

void TestIdentifierColumns::byName_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("identifies");
    for (const char *h : {"Nom", "NOM", "nom ", "Prénom", "PRENOM", "prenom_locataire", "Nom_Prénom", "Nom du locataire",
                          "Téléphone", "telephone portable", "TEL", "Tel2", "Tél.", "Portable", "E-mail", "e_mail",
                          "Email", "Mail", "Courriel", "Adresse", "adresse postale", "ADRESSE_1", "Rue",
                          "Numéro de contrat", "numero_contrat", "N_contrat", "Numéro locataire", "num_locataire",
                          "Ref locataire", "Contrat", "Locataire", "Date de naissance"})
        QTest::newRow(h) << QString::fromUtf8(h) << (QByteArrayView(h) != "N_contrat");
    // "N_contrat" is not in the list: it is found by its content if it
    // holds a different value on each row.
    for (const char *h : {"nombre_pieces", "Nombre d'enfants", "departement", "residence", "Ancienneté",
                          "telespectateur", "typologie", "commune", "quartier", "age", "id"})
        QTest::newRow(h) << QString::fromUtf8(h) << false;
}

void TestIdentifierColumns::byName()
{
    QFETCH(QString, header);
    QFETCH(bool, identifies);
    QCOMPARE(isIdentifierHeader(header), identifies);
}

void TestIdentifierColumns::phonesAndEmails_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("phone");
    QTest::addColumn<bool>("email");
    QTest::newRow("spaced") << "06 12 34 56 78" << true << false;
    QTest::newRow("dotted") << "03.20.12.34.56" << true << false;
    QTest::newRow("plain") << "0612345678" << true << false;
    QTest::newRow("+33") << "+33 6 12 34 56 78" << true << false;
    QTest::newRow("0033") << "0033612345678" << true << false;
    QTest::newRow("postcode") << "59000" << false << false;
    QTest::newRow("ten digits from 00") << "0012345678" << false << false;
    QTest::newRow("year") << "2023" << false << false;
    QTest::newRow("email") << "jean.dupont@exemple.fr" << false << true;
    QTest::newRow("at without domain") << "chez @home" << false << false;
    QTest::newRow("text") << "Les Tilleuls" << false << false;
}

void TestIdentifierColumns::phonesAndEmails()
{
    QFETCH(QString, value);
    QFETCH(bool, phone);
    QFETCH(bool, email);
    QCOMPARE(looksLikePhoneNumber(value), phone);
    QCOMPARE(looksLikeEmailAddress(value), email);
}

void TestIdentifierColumns::byContent()
{
    using Reason = IdentifierColumn::Reason;
    // Half the respondents with a phone number is enough.
    QVERIFY(identifyingContent({"", "06 12 34 56 78", "07 98 76 54 32"}, {10, 5, 5}, 20) == Reason::Phone);
    QVERIFY(identifyingContent({"a@b.fr", "autre"}, {3, 3}, 6) == Reason::Email);
    QVERIFY(identifyingContent({"06 12 34 56 78", "non"}, {1, 3}, 4) == std::nullopt);
    // A different value on nearly every row (19 of 20)…
    QStringList values;
    std::vector<int> counts;
    for (int i = 0; i < 19; ++i) {
        values << QStringLiteral("v%1").arg(i);
        counts.push_back(i == 0 ? 2 : 1);
    }
    QVERIFY(identifyingContent(values, counts, 20) == Reason::Unique);
    // …but not below 20 respondents, nor with repeated values.
    QVERIFY(identifyingContent(values.mid(0, 10), std::vector<int>(10, 1), 10) == std::nullopt);
    counts.assign(19, 1);
    counts[0] = 4; // 22 respondents, 19 values: 86 %
    QVERIFY(identifyingContent(values, counts, 22) == std::nullopt);
    // Mostly empty: not a value for nearly every row.
    std::vector<int> mostlyEmpty(20, 1);
    mostlyEmpty[19] = 100;
    QVERIFY(identifyingContent(values << QString(), mostlyEmpty, 119) == std::nullopt);
}

QTEST_GUILESS_MAIN(TestIdentifierColumns)
#include "tst_identifiercolumns.moc"
