#pragma once

#include "boardpack.h"

#include <QDialog>

class FigureSelection;
QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLineEdit;
class QPushButton;
QT_END_NAMESPACE

/// File → Board pack: the pack's title, an optional logo (both remembered
/// for the next pack) and the PDF file, named after what the pack covers.
class BoardPackDialog : public QDialog
{
    Q_OBJECT

public:
    BoardPackDialog(const FigureSelection &selection, int year, QWidget *parent = nullptr);

    BoardPackOptions options() const;
    /// The chosen file, ending in .pdf (or .pptx for a deck).
    QString path() const;

    /// "satisfecit-bilan-2024-habitat-du-nord-qpv" in French: the wave's
    /// year, the landlord and the filters, in ASCII without spaces.
    static QString defaultFileName(const FigureSelection &selection, int year);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *logoEdit() const { return m_logo; }
    QLineEdit *pathEdit() const { return m_path; }

public slots:
    void accept() override;

private:
    void chooseLogo();
    void browse();
    void updateOk();

    QLineEdit *m_title;
    QLineEdit *m_logo;
    QLineEdit *m_path;
    QPushButton *m_removeLogo;
    QDialogButtonBox *m_buttons;
};
