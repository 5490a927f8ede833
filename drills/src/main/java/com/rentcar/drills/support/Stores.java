package com.rentcar.drills.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.rentcar.drills.DrillFailed;
import com.rentcar.drills.SystemUnderTest;

/**
 * Reads the services' own PostgreSQL databases, the way an operator checks a drill: records compared across
 * services (payments against reservations against rentals), and a fingerprint of every table to show that
 * nothing was stored, or nothing moved.
 */
public final class Stores {

    private final SystemUnderTest system;

    public Stores(SystemUnderTest system) {
        this.system = system;
    }

    /** Runs a query on one service's database; each row a column → value map. */
    public List<Map<String, Object>> query(String database, String sql, Object... params) {
        try (var connection = connect(database); var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Collection<?> values) {
                    // bound as text[]: compare with "column::text = any(?)"
                    statement.setArray(i + 1, connection.createArrayOf("text",
                            values.stream().map(String::valueOf).toArray()));
                } else {
                    statement.setObject(i + 1, params[i]);
                }
            }
            try (var rows = statement.executeQuery()) {
                var meta = rows.getMetaData();
                var result = new ArrayList<Map<String, Object>>();
                while (rows.next()) {
                    var row = new LinkedHashMap<String, Object>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c), rows.getObject(c));
                    }
                    result.add(row);
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query on " + database + " failed: " + e.getMessage(), e);
        }
    }

    /** A {@code select count(*) as n ...} on one service's database. */
    public long count(String database, String sql, Object... params) {
        return ((Number) query(database, sql, params).getFirst().get("n")).longValue();
    }

    /** The services' databases (every database on the server but PostgreSQL's own). */
    public List<String> databases() {
        return query("postgres", "select datname from pg_database where not datistemplate and datname <> 'postgres' order by 1")
                .stream().map(row -> (String) row.get("datname")).toList();
    }

    /**
     * Every table of every service database, as {@code database.table → rows:N hash:H}; the outbox as the
     * position of its newest event (published rows are purged after a while, so its count may shrink without
     * anything happening). Equal fingerprints: nothing was stored, changed or removed.
     */
    public Map<String, String> fingerprint() {
        var print = new TreeMap<String, String>();
        for (var database : databases()) {
            var tables = query(database, """
                    select table_name from information_schema.tables
                    where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
                    order by 1""");
            for (var row : tables) {
                var table = (String) row.get("table_name");
                String value;
                if (table.equals("outbox_event")) {
                    value = "newest:" + query(database, "select coalesce(max(position), 0) as newest from outbox_event")
                            .getFirst().get("newest");
                } else {
                    var summary = query(database, "select count(*) as n, md5(coalesce(string_agg(t::text, ',' order by t::text), '')) as h from \""
                            + table + "\" t").getFirst();
                    value = "rows:" + summary.get("n") + " hash:" + summary.get("h");
                }
                print.put(database + "." + table, value);
            }
        }
        return print;
    }

    /** What differs between two fingerprints, one line per table; empty when they are equal. */
    public static List<String> differences(Map<String, String> before, Map<String, String> after) {
        var differences = new ArrayList<String>();
        var keys = new TreeMap<String, Boolean>();
        before.keySet().forEach(k -> keys.put(k, true));
        after.keySet().forEach(k -> keys.put(k, true));
        for (var key : keys.keySet()) {
            var b = before.get(key);
            var a = after.get(key);
            if (b == null || !b.equals(a)) {
                differences.add(key + " " + shortly(b) + " → " + shortly(a));
            }
        }
        return differences;
    }

    /**
     * Waits until no store changes for {@code quiet} (what earlier activity set in motion has finished: events
     * consumed, reconcilers done) and returns that fingerprint.
     */
    public Map<String, String> settled(Duration quiet, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        var previous = fingerprint();
        while (true) {
            Await.pause(quiet);
            var current = fingerprint();
            if (current.equals(previous)) {
                return current;
            }
            if (System.nanoTime() > deadline) {
                throw new DrillFailed("the stores did not settle within " + atMost.toSeconds() + " s: still changing "
                        + differences(previous, current));
            }
            previous = current;
        }
    }

    private static String shortly(String value) {
        if (value == null) {
            return "(none)";
        }
        return value.replaceAll("hash:([0-9a-f]{8})[0-9a-f]+", "hash:$1");
    }

    private Connection connect(String database) throws SQLException {
        var connection = DriverManager.getConnection(system.jdbcUrl(database), "postgres", "postgres");
        connection.setReadOnly(true);
        return connection;
    }
}
