#include "mylandlord.h"

#include "appsettings.h"

#include "filterbar.h"

#include <QAction>
#include <QComboBox>
#include <QInputDialog>
#include <QSettings>

namespace {

const char Key[] = "myLandlord";

} // namespace

MyLandlord::MyLandlord(FilterBar *filterBar, QWidget *window)
    : QObject(window)
    , m_filterBar(filterBar)
    , m_window(window)
    , m_action(new QAction(this))
{
    connect(m_action, &QAction::triggered, this, &MyLandlord::choose);
}

void MyLandlord::retranslate()
{
    m_action->setText(tr("&My organisation…"));
    m_action->setStatusTip(tr("The landlord the window opens on, compared with the region"));
}

QString MyLandlord::code()
{
    return appSettings().value(QLatin1String(Key)).toString();
}

void MyLandlord::setCode(const QString &code)
{
    QSettings &settings = appSettings();
    if (code.isEmpty())
        settings.remove(QLatin1String(Key));
    else
        settings.setValue(QLatin1String(Key), code);
}

void MyLandlord::apply() const
{
    const QString mine = code();
    QComboBox *combo = m_filterBar->landlordCombo();
    const int index = mine.isEmpty() ? -1 : combo->findData(mine);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

void MyLandlord::choose()
{
    QComboBox *combo = m_filterBar->landlordCombo();
    QStringList items{tr("None: open on the whole region")};
    QStringList codes{QString()};
    for (int i = 0; i < combo->count(); ++i) {
        const QString landlord = combo->itemData(i).toString();
        if (!landlord.isEmpty()) {
            items << combo->itemText(i);
            codes << landlord;
        }
    }
    const QString mine = code();
    if (!mine.isEmpty() && !codes.contains(mine)) { // kept although this wave lacks it
        items << mine;
        codes << mine;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(m_window, tr("My organisation"),
                                                 tr("The window opens on this landlord, beside the region:"), items,
                                                 std::max(0, int(codes.indexOf(mine))), false, &ok);
    if (!ok)
        return;
    setCode(codes.value(items.indexOf(chosen)));
    apply();
}
