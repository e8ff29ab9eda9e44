// Header benchmark (issue #20): see docs/performance.md.
//   bench_headers [COLUMNS...]   map a header of COLUMNS columns (default
//                                16000 32000 99990) against the built-in
//                                codebook, as an import does, and read the
//                                header line of such a file; print the times
#include "codebook.h"
#include "import/columnmapping.h"
#include "readers/textreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<int> sizes;
    for (const QString &a : app.arguments().mid(1))
        sizes << a.toInt();
    if (sizes.isEmpty())
        sizes = {16000, 32000, 99990};
    const Codebook codebook = Codebook::builtIn();
    QTemporaryDir dir;
    for (const int columns : sizes) {
        // Accented, mixed-case names: the folding is part of what is measured.
        QByteArray line = "id;annee;bailleur;qpv;Q01";
        for (int c = 5; c < columns; ++c)
            line += ";Colonne_é " + QByteArray::number(c);
        const QString path = dir.filePath(QStringLiteral("wide.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(line + "\nR1;2020;L1;0;1\n") < 0)
            return 1;
        file.close();

        QElapsedTimer timer;
        timer.start();
        TextReader reader(path, {});
        if (!reader.open()) {
            out << reader.error().toString() << '\n';
            return 1;
        }
        const qint64 readMs = timer.elapsed();
        std::vector<ReadError> errors;
        timer.restart();
        const ColumnMapping mapping = ColumnMapping::map(reader.header(), codebook, false, path, &errors);
        const qint64 mapMs = timer.elapsed();
        out << columns << " columns: header read in " << readMs << " ms, mapped in " << mapMs << " ms ("
            << mapping.segmentHeaders().size() << " segment columns, " << errors.size() << " errors)\n";
        out.flush();
    }
    return 0;
}
