// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 The Larder developers
#pragma once

#include "run/JobEvent.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <tuple>
#include <utility>

namespace larder {

// JSON for the live state's value types, from each type's kNames and tie() (one list of fields, so
// that writing and reading cannot drift apart). Unknown and missing keys read as the default: a newer
// writer's extra fields do not break an older reader.
class LiveJson final
{
public:
    static QJsonValue value(const QString& text) { return text; }
    static QJsonValue value(qint64 number) { return number; }
    static QJsonValue value(bool flag) { return flag; }
    static QJsonValue value(JobState state) { return jobStateName(state); }

    static void read(const QJsonValue& json, QString& text) { text = json.toString(); }
    static void read(const QJsonValue& json, qint64& number) { number = json.toInteger(); }
    static void read(const QJsonValue& json, bool& flag) { flag = json.toBool(); }
    static void read(const QJsonValue& json, JobState& state);

    template <class T>
    static QJsonObject toObject(const T& item)
    {
        QJsonObject object;
        forEach<T>(item.tie(), [&object](const char* name, const auto& field) {
            object.insert(QLatin1String(name), value(field));
        });
        return object;
    }

    template <class T>
    static T fromObject(const QJsonObject& object)
    {
        T item;
        forEach<T>(item.tie(), [&object](const char* name, auto& field) {
            read(object.value(QLatin1String(name)), field);
        });
        return item;
    }

    template <class T>
    static QJsonArray toArray(const QList<T>& items)
    {
        QJsonArray array;
        for (const T& item : items)
            array.append(toObject(item));
        return array;
    }

    template <class T>
    static QList<T> fromArray(const QJsonValue& json)
    {
        QList<T> items;
        const QJsonArray array = json.toArray();
        for (const QJsonValue& item : array)
            items.append(fromObject<T>(item.toObject()));
        return items;
    }

private:
    template <class T, class Tuple, class Visit>
    static void forEach(Tuple&& fields, Visit&& visit)
    {
        constexpr std::size_t count = std::tuple_size_v<std::decay_t<Tuple>>;
        static_assert(count == T::kNames.size(), "kNames and tie() must list the same fields");
        forEachAt<T>(fields, visit, std::make_index_sequence<count>{});
    }

    template <class T, class Tuple, class Visit, std::size_t... I>
    static void forEachAt(Tuple& fields, Visit& visit, std::index_sequence<I...>)
    {
        (visit(T::kNames[I], std::get<I>(fields)), ...);
    }
};

} // namespace larder
