#pragma once

#include <algorithm>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace orrery {

/// An ordered list of items that have a string `id`, with O(1) lookup by id.
///
/// The order is the document's (destinations are lanes in this order; missions keep the
/// order the file gives them, so that saving does not reshuffle diffs). Items are
/// read-only in place: changes go through replace(), so the index cannot fall out of step.
/// A file may hold the same id twice; the list keeps both and lookups find the first, and
/// the structure check reports the duplicate.
///
/// The index is an open-addressing hash table whose slots hold a hash tag, the position, and
/// where a copy of the id lies in one contiguous buffer of ids. Analyses resolve hundreds of
/// thousands of references per run: this way a lookup touches the table and the buffer,
/// which stay in cache, and never the items themselves, which are large and spread out.
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
        const auto index = indexOf(id);
        return index ? &m_items[*index] : nullptr;
    }
    std::optional<std::size_t> indexOf(std::string_view id) const {
        // Agencies, destinations and capabilities are short lists, looked up once per
        // mission and reference: comparing a few strings beats hashing one.
        if (m_items.size() <= kLinearSearchLimit) {
            for (std::size_t i = 0; i < m_items.size(); ++i) {
                // The first character rules out most candidates without a call to memcmp.
                const std::string& candidate = m_items[i].id;
                if (candidate.size() == id.size() && (id.empty() || candidate[0] == id[0]) &&
                    candidate == id) {
                    return i;
                }
            }
            return std::nullopt;
        }
        if (m_slots.empty()) {
            return std::nullopt;
        }
        const std::size_t hash = std::hash<std::string_view>{}(id);
        const auto tag = static_cast<std::uint32_t>(hash >> 32U);
        for (std::size_t i = hash & m_slotMask;; i = (i + 1) & m_slotMask) {
            const Slot& slot = m_slots[i];
            if (slot.position == kEmpty) {
                return std::nullopt;
            }
            if (slot.tag == tag && keyOf(slot) == id) {
                return slot.position;
            }
        }
    }
    bool contains(std::string_view id) const { return indexOf(id).has_value(); }
    /// Whether some id appears more than once; lets checks skip the search for duplicates.
    bool hasDuplicateIds() const { return m_duplicates > 0; }

    void reserve(std::size_t count) {
        m_items.reserve(count);
        if (slotCountFor(count) > m_slots.size()) {
            rebuildIndex(count);
        }
    }
    void append(T item) {
        m_items.push_back(std::move(item));
        addToIndex(m_items.size() - 1);
    }
    void insert(std::size_t position, T item) {
        assert(position <= m_items.size());
        const bool atEnd = position == m_items.size();
        m_items.insert(m_items.begin() + static_cast<std::ptrdiff_t>(position), std::move(item));
        if (atEnd) {
            addToIndex(position);
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
        m_slots.clear();
        m_keys.clear();
        m_indexed = 0;
        m_duplicates = 0;
    }

    friend bool operator==(const IdList& a, const IdList& b) { return a.m_items == b.m_items; }

private:
    struct Slot {
        std::uint32_t position;
        std::uint32_t tag;
        std::uint32_t keyOffset;
        std::uint32_t keyLength;
    };

    std::string_view keyOf(const Slot& slot) const {
        return std::string_view(m_keys).substr(slot.keyOffset, slot.keyLength);
    }
    static constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();
    static constexpr std::size_t kLinearSearchLimit = 16;

    /// At most half full, so that probe sequences stay short.
    static std::size_t slotCountFor(std::size_t items) {
        std::size_t count = 16;
        while (count < items * 2) {
            count *= 2;
        }
        return count;
    }

    void addToIndex(std::size_t position) {
        if (slotCountFor(m_indexed + 1) > m_slots.size()) {
            rebuildIndex(m_items.size());
            return;
        }
        place(position);
    }

    /// Indexes the item unless an earlier item has its id.
    void place(std::size_t position) {
        const std::string_view id = m_items[position].id;
        const std::size_t hash = std::hash<std::string_view>{}(id);
        const auto tag = static_cast<std::uint32_t>(hash >> 32U);
        for (std::size_t i = hash & m_slotMask;; i = (i + 1) & m_slotMask) {
            Slot& slot = m_slots[i];
            if (slot.position == kEmpty) {
                slot = {static_cast<std::uint32_t>(position), tag,
                        static_cast<std::uint32_t>(m_keys.size()),
                        static_cast<std::uint32_t>(id.size())};
                m_keys.append(id);
                ++m_indexed;
                return;
            }
            if (slot.tag == tag && keyOf(slot) == id) {
                ++m_duplicates;
                return;
            }
        }
    }

    void rebuildIndex(std::size_t capacity = 0) {
        const std::size_t slotCount = slotCountFor(std::max(capacity, m_items.size()));
        m_slots.assign(slotCount, Slot{kEmpty, 0, 0, 0});
        m_slotMask = slotCount - 1;
        m_keys.clear();
        m_indexed = 0;
        m_duplicates = 0;
        for (std::size_t i = 0; i < m_items.size(); ++i) {
            place(i);
        }
    }

    std::vector<T> m_items;
    std::vector<Slot> m_slots;
    std::string m_keys;
    std::size_t m_slotMask = 0;
    std::size_t m_indexed = 0;
    std::size_t m_duplicates = 0;
};

} // namespace orrery
