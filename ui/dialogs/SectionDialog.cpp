// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "SectionDialog.h"

#include "StateColours.h"
#include "config/ConfigIssue.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QShowEvent>
#include <QVBoxLayout>

namespace larder {

SectionDialog::SectionDialog(ConfigDocument document, QWidget* parent)
    : QDialog(parent), m_original(document), m_edited(std::move(document)), m_form(new QFormLayout),
      m_scroll(new QScrollArea(this)), m_issuesLabel(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_issuesLabel->setObjectName(QStringLiteral("issuesLabel"));
    m_issuesLabel->setAccessibleName(tr("Problems"));
    m_issuesLabel->setWordWrap(true);
    m_issuesLabel->setTextFormat(Qt::PlainText);
    m_issuesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_issuesLabel->setStyleSheet(
        StateColours::textStyleSheet(StateColours::failure(palette(), QPalette::Window)));
    m_issuesLabel->hide();

    // The form scrolls when the screen is too small for it (1024x768 and a panel), so OK stays
    // reachable; sizeHint() asks for the whole form where it fits.
    auto* formWidget = new QWidget(this);
    formWidget->setObjectName(QStringLiteral("formWidget"));
    formWidget->setLayout(m_form);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_scroll->setObjectName(QStringLiteral("formScrollArea"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the fields, not to the area around them
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(formWidget);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(m_issuesLabel);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

SectionDialog::~SectionDialog() = default;

QSize SectionDialog::sizeHint() const
{
    // The scroll area's own hint is a fixed small box: ask for the whole form instead, and at most
    // what the screen has room for with the window's frame.
    QSize hint = QDialog::sizeHint();
    const QSize scrollHint = m_scroll->sizeHint();
    const QSize whole =
        m_scroll->widget()->sizeHint() + QSize(m_scroll->verticalScrollBar()->sizeHint().width(), 0);
    hint += QSize(qMax(0, whole.width() - scrollHint.width()), qMax(0, whole.height() - scrollHint.height()));
    if (const QScreen* screen = this->screen())
        hint = hint.boundedTo(screen->availableGeometry().size() * 0.9);
    return hint;
}

void SectionDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // show() sized the window by the layout's height for width, which stops at the scroll area's
    // small default; unless someone chose a size, take the whole form where the screen allows.
    if (!testAttribute(Qt::WA_Resized))
        resize(sizeHint());
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
