#include "wavelistmodel.h"

#include "store.h"

#include <QLocale>

WaveListModel::WaveListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void WaveListModel::setStore(Store *store)
{
    m_store = store;
    reload();
}

void WaveListModel::reload()
{
    beginResetModel();
    m_waves = m_store ? m_store->waves() : QList<WaveInfo>();
    endResetModel();
}

int WaveListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_waves.size());
}

int WaveListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WaveListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WaveInfo &w = m_waves[index.row()];
    if (role == int(Role::WaveId))
        return w.id;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Respondents || index.column() == Year
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Fingerprint)
        return w.sha256;
    if (role == Qt::ToolTipRole && index.column() == Notes && !w.notes.isEmpty())
        return w.notes;
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case Year: return w.year;
        case Respondents: return w.respondentCount;
        case ImportedAt: return w.importedAt;
        default: break;
        }
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Year: return QString::number(w.year);
    case Scope: return w.scope;
    case Respondents: return locale.toString(w.respondentCount);
    case SourceFile: return w.sourceFile;
    case Fingerprint: return w.sha256.left(12);
    case ImportedAt: return locale.toString(w.importedAt.toLocalTime(), QLocale::ShortFormat);
    case Kind: return w.isDemo ? tr("demo data") : tr("imported survey");
    case Notes: return w.notes;
    }
    return {};
}

QVariant WaveListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Year: return tr("Year");
    case Scope: return tr("Scope");
    case Respondents: return tr("Respondents");
    case SourceFile: return tr("Source file");
    case Fingerprint: return tr("Fingerprint (SHA-256)");
    case ImportedAt: return tr("Imported");
    case Kind: return tr("Kind");
    case Notes: return tr("Notes");
    }
    return {};
}
