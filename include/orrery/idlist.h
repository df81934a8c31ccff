#pragma once

#include <cassert>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace orrery {

namespace detail {
struct StringHash {
    using is_transparent = void;
    std::size_t operator()(std::string_view text) const noexcept {
        return std::hash<std::string_view>{}(text);
    }
};
} // namespace detail

/// An ordered list of items that have a string `id`, with O(1) lookup by id.
///
/// The order is the document's (destinations are lanes in this order; missions keep the
/// order the file gives them, so that saving does not reshuffle diffs). Items are
/// read-only in place: changes go through replace(), so the index cannot fall out of step.
/// A file may hold the same id twice; the list keeps both and lookups find the first, and
/// the structure check reports the duplicate.
template <class T>
class IdList {
public:
    using value_type = T;
    using const_iterator = typename std::vector<T>::const_iterator;

    IdList() = default;
    IdList(std::initializer_list<T> items) {
        for (const T& item : items) {
            append(item);
        }
    }

    std::size_t size() const { return m_items.size(); }
    bool empty() const { return m_items.empty(); }
    const_iterator begin() const { return m_items.begin(); }
    const_iterator end() const { return m_items.end(); }
    const T& operator[](std::size_t index) const { return m_items[index]; }
    const T& at(std::size_t index) const { return m_items.at(index); }
    const std::vector<T>& items() const { return m_items; }

    const T* find(std::string_view id) const {
        const auto found = m_index.find(id);
        return found == m_index.end() ? nullptr : &m_items[found->second];
    }
    std::optional<std::size_t> indexOf(std::string_view id) const {
        const auto found = m_index.find(id);
        if (found == m_index.end()) {
            return std::nullopt;
        }
        return found->second;
    }
    bool contains(std::string_view id) const { return m_index.find(id) != m_index.end(); }

    void reserve(std::size_t count) {
        m_items.reserve(count);
        m_index.reserve(count);
    }
    void append(T item) {
        m_index.try_emplace(item.id, m_items.size());
        m_items.push_back(std::move(item));
    }
    void insert(std::size_t position, T item) {
        assert(position <= m_items.size());
        const bool atEnd = position == m_items.size();
        m_items.insert(m_items.begin() + static_cast<std::ptrdiff_t>(position), std::move(item));
        if (atEnd) {
            m_index.try_emplace(m_items.back().id, position);
        } else {
            rebuildIndex();
        }
    }
    void replace(std::size_t position, T item) {
        const bool sameId = m_items.at(position).id == item.id;
        m_items[position] = std::move(item);
        if (!sameId) {
            rebuildIndex();
        }
    }
    T take(std::size_t position) {
        T item = std::move(m_items.at(position));
        m_items.erase(m_items.begin() + static_cast<std::ptrdiff_t>(position));
        rebuildIndex();
        return item;
    }
    void move(std::size_t from, std::size_t to) {
        T item = take(from);
        insert(to, std::move(item));
    }
    void clear() {
        m_items.clear();
        m_index.clear();
    }

    friend bool operator==(const IdList& a, const IdList& b) { return a.m_items == b.m_items; }

private:
    void rebuildIndex() {
        m_index.clear();
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            m_index.try_emplace(m_items[i].id, i);
        }
    }

    std::vector<T> m_items;
    std::unordered_map<std::string, std::size_t, detail::StringHash, std::equal_to<>> m_index;
};

} // namespace orrery
