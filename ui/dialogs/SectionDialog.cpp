#include "SectionDialog.h"

#include "ConfigIssue.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QVBoxLayout>

namespace larder {

SectionDialog::SectionDialog(ConfigDocument document, QWidget* parent)
    : QDialog(parent), m_original(document), m_edited(std::move(document)), m_form(new QFormLayout),
      m_issuesLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_issuesLabel->setObjectName(QStringLiteral("issuesLabel"));
    m_issuesLabel->setAccessibleName(tr("Problems"));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextFormat(Qt::PlainText);
    m_issuesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_issuesLabel->setStyleSheet(QStringLiteral("color: #c00000;"));
    m_issuesLabel->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_issuesLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SectionDialog::~SectionDialog() = default;

void SectionDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_focusPlaced)
        return;
    m_focusPlaced = true;
    // The form's focusable widgets in Tab order, then the buttons after the last of them.
    QWidget* first = nullptr;
    QWidget* last = nullptr;
    for (QWidget* widget = nextInFocusChain(); widget && widget != this;
         widget = widget->nextInFocusChain()) {
        if (widget == m_issuesLabel || m_buttons->isAncestorOf(widget) || !isAncestorOf(widget) ||
            !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        last = widget;
        // Selectable labels (a test result) can be tabbed to, but are not where typing starts.
        if (!first && !qobject_cast<QLabel*>(widget) && widget->isVisibleTo(this) && widget->isEnabled())
            first = widget;
    }
    if (!first)
        return;
    setTabOrder(last, m_issuesLabel);
    QWidget* previous = m_issuesLabel;
    const QList<QAbstractButton*> buttons = m_buttons->buttons();
    for (QAbstractButton* button : buttons) {
        setTabOrder(previous, button);
        previous = button;
    }
    first->setFocus(Qt::TabFocusReason);
}

bool SectionDialog::isAcceptable() const
{
    return m_config.has_value() && !m_hasLocalProblems;
}

void SectionDialog::revalidate()
{
    ConfigDocument edited = m_original;
    const QStringList localProblems = applyTo(edited);
    m_hasLocalProblems = !localProblems.isEmpty();

    const ConfigLoader::LoadResult loaded = edited.validate();
    m_edited = std::move(edited);
    QStringList own = localProblems;
    QStringList elsewhere;
    if (loaded) {
        m_config = *loaded;
    } else {
        m_config.reset();
        const QString prefix = section() + QLatin1Char('.');
        for (const ConfigIssue& issue : loaded.error()) {
            const bool mine = issue.key == section() || issue.key.startsWith(prefix);
            (mine ? own : elsewhere).append(issue.toString());
        }
    }

    m_issueTexts = own + elsewhere;
    QString text = own.join(QLatin1Char('\n'));
    if (!elsewhere.isEmpty()) {
        // Other sections' problems block saving too (the loader reads the whole file), and an edit
        // here can cause them, such as two jobs sharing a dump directory.
        if (!text.isEmpty())
            text += QStringLiteral("\n\n");
        text += tr("Elsewhere in the file:") + QLatin1Char('\n') + elsewhere.join(QLatin1Char('\n'));
    }
    m_issuesLabel->setText(text);
    m_issuesLabel->setVisible(!text.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}

} // namespace larder
