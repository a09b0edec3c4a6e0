// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "RetentionFields.h"

#include "ConfigInheritance.h"
#include "OptionalSpinBox.h"
#include "ScheduleField.h"
#include "config/keys/ConfigKeyNames.h"
#include "config/toml/ConfigDocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>

#include <limits>

namespace larder {

RetentionFields::RetentionFields(const QStringList& servers, QWidget* parent)
    : QGroupBox(tr("Retention and checks"), parent), m_keepWithinEdit(new QLineEdit(this)),
      m_testRestore(new ScheduleField(ScheduleField::Purpose::TestRestores, this)),
      m_restoreServerCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("retentionGroup"));
    auto* form = new QFormLayout(this);

    addCount(tr("Keep &last:"), keys::keepLast, QStringLiteral("keepLastSpin"), tr("Most recent dumps kept"),
             tr("Keeps this many of the most recent successful dumps."));
    addCount(tr("&Keep daily:"), keys::keepDaily, QStringLiteral("keepDailySpin"),
             tr("Days with a dump kept"),
             tr("Keeps the newest successful dump of each of this many last days that have one."));
    addCount(tr("Keep &weekly:"), keys::keepWeekly, QStringLiteral("keepWeeklySpin"),
             tr("Weeks with a dump kept"),
             tr("Keeps the newest successful dump of each of this many last ISO weeks that have one."));
    addCount(tr("Keep &monthly:"), keys::keepMonthly, QStringLiteral("keepMonthlySpin"),
             tr("Months with a dump kept"),
             tr("Keeps the newest successful dump of each of this many last months that have one."));

    m_keepWithinEdit->setObjectName(QStringLiteral("keepWithinEdit"));
    m_keepWithinEdit->setAccessibleName(tr("Keep every dump younger than"));
    m_keepWithinEdit->setToolTip(tr("Keeps every successful dump younger than this: a duration such as "
                                    "\"14 days\" or \"12 hours\", or a number of seconds."));
    form->addRow(tr("Kee&p within:"), m_keepWithinEdit);

    form->addRow(tr("T&est-restore:"), m_testRestore);

    m_restoreServerCombo->setObjectName(QStringLiteral("restoreServerCombo"));
    m_restoreServerCombo->setAccessibleName(tr("Server for test-restores"));
    m_restoreServerCombo->setToolTip(
        tr("The server on which test-restores create their scratch database (the role needs CREATEDB)."));
    m_restoreServerCombo->addItem(QString(), QVariant()); // "inherited", text set by updatePlaceholders
    for (const QString& server : servers)
        m_restoreServerCombo->addItem(server, server);
    form->addRow(tr("&Restore server:"), m_restoreServerCombo);

    connect(m_keepWithinEdit, &QLineEdit::textChanged, this, &RetentionFields::changed);
    connect(m_testRestore, &ScheduleField::textChanged, this, &RetentionFields::changed);
    connect(m_restoreServerCombo, &QComboBox::currentIndexChanged, this, &RetentionFields::changed);
}

void RetentionFields::addCount(const QString& label, const QString& key, const QString& objectName,
                               const QString& accessibleName, const QString& toolTip)
{
    // Up to what the loader accepts, so that a large hand-written count is not clamped on save.
    auto* spin = new OptionalSpinBox(0, std::numeric_limits<int>::max(), this);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setToolTip(toolTip);
    qobject_cast<QFormLayout*>(layout())->addRow(label, spin);
    m_counts.append({key, spin});
    connect(spin, &QSpinBox::valueChanged, this, &RetentionFields::changed);
}

void RetentionFields::load(const ConfigDocument& document, const QString& section)
{
    for (const auto& [key, spin] : std::as_const(m_counts))
        spin->setStoredValue(document.value(section, key));
    m_keepWithinEdit->setText(ConfigInheritance::toText(document.value(section, keys::keepWithin)));
    m_testRestore->setText(document.value(section, keys::testRestore).toString());
    const QVariant server = document.value(section, keys::restoreServer);
    int index = 0;
    if (server.isValid()) {
        index = m_restoreServerCombo->findData(server.toString());
        if (index < 0) {
            // A hand-edited name (such as the implicit server "default") stays as it is.
            m_restoreServerCombo->addItem(server.toString(), server.toString());
            index = m_restoreServerCombo->count() - 1;
        }
    }
    m_restoreServerCombo->setCurrentIndex(index);
}

void RetentionFields::applyTo(ConfigDocument& document, const QString& section) const
{
    for (const auto& [key, spin] : m_counts)
        document.setValue(section, key, spin->storedValue());
    document.setValue(section, keys::keepWithin, ConfigInheritance::durationValue(m_keepWithinEdit->text()));
    const QString testRestore = m_testRestore->text();
    document.setValue(section, keys::testRestore, testRestore.isEmpty() ? QVariant() : QVariant(testRestore));
    document.setValue(section, keys::restoreServer, m_restoreServerCombo->currentData());
}

void RetentionFields::updatePlaceholders(const ConfigDocument& document, const QStringList& chain)
{
    for (const auto& [key, spin] : std::as_const(m_counts))
        spin->setInheritedText(ConfigInheritance::describe(document, chain, key));
    m_keepWithinEdit->setPlaceholderText(ConfigInheritance::describe(document, chain, keys::keepWithin));
    m_testRestore->setInherited(ConfigInheritance::value(document, chain, keys::testRestore).toString(),
                                ConfigInheritance::describe(document, chain, keys::testRestore));
    m_restoreServerCombo->setItemText(
        0, tr("inherited: %1").arg(ConfigInheritance::describe(document, chain, keys::restoreServer)));
}

} // namespace larder
