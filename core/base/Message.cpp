// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#include "base/Message.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>

namespace larder {

const QLatin1StringView Message::kStoredPrefix("@larder-message/1 ");

namespace {

const QString kContextKey = QStringLiteral("c");
const QString kSourceKey = QStringLiteral("s");
const QString kCountKey = QStringLiteral("n");
const QString kArgsKey = QStringLiteral("a");

// Messages rendered per toString(): bounds the work of a message whose arguments render empty but
// are referenced many times over at every level.
constexpr qsizetype kMaxSteps = 100000;

} // namespace

Message::Message(const char* context, const char* source)
    : m_kind(Kind::Translatable), m_context(QString::fromUtf8(context)), m_text(QString::fromUtf8(source))
{}

Message Message::plain(const QString& text)
{
    Message message;
    message.m_text = text;
    return message;
}

Message Message::arg(const QString& text) const
{
    return arg(plain(text));
}

Message Message::arg(qint64 number) const
{
    return arg(plain(QString::number(number)));
}

Message Message::arg(const Message& nested) const
{
    Message copy = *this;
    copy.m_parts.append(nested);
    return copy;
}

Message Message::withCount(int count) const
{
    Message copy = *this;
    copy.m_count = count;
    return copy;
}

Message Message::followedBy(const QString& text) const
{
    return followedBy(plain(text));
}

Message Message::followedBy(const Message& next) const
{
    if (next.isEmpty())
        return *this;
    if (isEmpty())
        return next;
    Message sequence;
    sequence.m_kind = Kind::Sequence;
    sequence.m_parts = m_kind == Kind::Sequence ? m_parts : QList<Message>{*this};
    if (next.m_kind == Kind::Sequence)
        sequence.m_parts += next.m_parts;
    else
        sequence.m_parts.append(next);
    return sequence;
}

bool Message::isEmpty() const
{
    switch (m_kind) {
    case Kind::Plain:
        return m_text.isEmpty();
    case Kind::Translatable:
        return false;
    case Kind::Sequence:
        return std::all_of(m_parts.cbegin(), m_parts.cend(),
                           [](const Message& part) { return part.isEmpty(); });
    }
    return true;
}

QString Message::toString() const
{
    QString out;
    qsizetype steps = 0;
    if (!render(out, steps))
        return serialize();
    return out;
}

bool Message::render(QString& out, qsizetype& steps) const
{
    if (++steps > kMaxSteps)
        return false;
    switch (m_kind) {
    case Kind::Plain:
        out += m_text;
        break;
    case Kind::Translatable:
        if (!substitute(QCoreApplication::translate(m_context.toUtf8().constData(),
                                                    m_text.toUtf8().constData(), nullptr, m_count),
                        out, steps))
            return false;
        break;
    case Kind::Sequence:
        for (const Message& part : m_parts) {
            if (!part.render(out, steps))
                return false;
        }
        break;
    }
    return out.size() <= kMaxRendered;
}

// %1..%99 replaced in one pass, so that an argument's own "%2" (pg_dump's stderr) stays as it is.
bool Message::substitute(const QString& pattern, QString& out, qsizetype& steps) const
{
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%') || i + 1 >= pattern.size() || !pattern.at(i + 1).isDigit()) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        int number = 0;
        while (end < pattern.size() && end < i + 3 && pattern.at(end).isDigit())
            number = number * 10 + pattern.at(end++).digitValue();
        if (number < 1 || number > m_parts.size())
            out += pattern.mid(i, end - i);
        else if (!m_parts.at(number - 1).render(out, steps))
            return false;
        if (out.size() > kMaxRendered)
            return false;
        i = end - 1;
    }
    return true;
}

QString Message::serialize() const
{
    if (m_kind == Kind::Plain && !m_text.startsWith(kStoredPrefix))
        return m_text;
    // A one-part sequence shows as its part, and stored as one it would read back as that part:
    // stored as the part, what is read and stored again stays the same.
    if (m_kind == Kind::Sequence && m_parts.size() == 1)
        return m_parts.constFirst().serialize();
    const QJsonValue json = toJson();
    QJsonDocument document;
    if (json.isObject())
        document = QJsonDocument(json.toObject());
    else if (json.isArray())
        document = QJsonDocument(json.toArray());
    else // plain text that starts with the prefix: a one-part sequence, so it reads back as itself
        document = QJsonDocument(QJsonArray{json});
    return kStoredPrefix + QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

Message Message::fromStored(const QString& stored)
{
    if (!stored.startsWith(kStoredPrefix))
        return plain(stored);
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(stored.mid(kStoredPrefix.size()).toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return plain(stored);
    const QJsonValue root = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    std::optional<Message> message = fromJson(root, 0);
    if (!message)
        return plain(stored);
    // A one-part sequence is how plain text that starts with the prefix is stored.
    if (message->m_kind == Kind::Sequence && message->m_parts.size() == 1)
        return message->m_parts.constFirst();
    return *message;
}

QString Message::display(const QString& stored)
{
    QString out;
    qsizetype steps = 0;
    if (!fromStored(stored).render(out, steps))
        return stored;
    return out;
}

QJsonValue Message::toJson() const
{
    const auto partsJson = [this] {
        QJsonArray parts;
        for (const Message& part : m_parts)
            parts.append(part.toJson());
        return parts;
    };
    switch (m_kind) {
    case Kind::Plain:
        return m_text;
    case Kind::Translatable: {
        QJsonObject object{{kContextKey, m_context}, {kSourceKey, m_text}};
        if (m_count >= 0)
            object.insert(kCountKey, m_count);
        if (!m_parts.isEmpty())
            object.insert(kArgsKey, partsJson());
        return object;
    }
    case Kind::Sequence:
        return partsJson();
    }
    return QJsonValue();
}

std::optional<Message> Message::fromJson(const QJsonValue& value, int depth)
{
    if (depth > kMaxDepth)
        return std::nullopt;
    if (value.isString())
        return plain(value.toString());
    const auto partsOf = [depth](const QJsonArray& array) -> std::optional<QList<Message>> {
        QList<Message> parts;
        parts.reserve(array.size());
        for (const QJsonValue& item : array) {
            std::optional<Message> part = fromJson(item, depth + 1);
            if (!part)
                return std::nullopt;
            parts.append(std::move(*part));
        }
        return parts;
    };
    if (value.isArray()) {
        std::optional<QList<Message>> parts = partsOf(value.toArray());
        if (!parts)
            return std::nullopt;
        Message sequence;
        sequence.m_kind = Kind::Sequence;
        sequence.m_parts = std::move(*parts);
        return sequence;
    }
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const QJsonValue context = object.value(kContextKey);
    const QJsonValue source = object.value(kSourceKey);
    const QJsonValue count = object.value(kCountKey);
    const QJsonValue args = object.value(kArgsKey);
    if (!context.isString() || !source.isString() || !(count.isUndefined() || count.isDouble()) ||
        !(args.isUndefined() || args.isArray()))
        return std::nullopt;
    Message message;
    message.m_kind = Kind::Translatable;
    message.m_context = context.toString();
    message.m_text = source.toString();
    // Any negative count means none, as serialize() writes it.
    message.m_count = count.isUndefined() ? -1 : qMax(-1, count.toInt(-1));
    if (args.isArray()) {
        std::optional<QList<Message>> parts = partsOf(args.toArray());
        if (!parts)
            return std::nullopt;
        message.m_parts = std::move(*parts);
    }
    return message;
}

bool Message::operator==(const Message& other) const
{
    return m_kind == other.m_kind && m_context == other.m_context && m_text == other.m_text &&
           m_count == other.m_count && m_parts == other.m_parts;
}

} // namespace larder
