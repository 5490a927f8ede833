package com.rentcar.mypage.domain;

/**
 * A status with a place in its lifecycle. Events about one reservation come from different services and topics,
 * so they may arrive in any order: the status shown is the furthest one learnt, never an earlier one.
 */
public interface Ranked {

    /** How far along the lifecycle: a status of higher rank comes after one of lower rank. */
    int rank();

    /**
     * The status to show once {@code learnt} is known besides {@code known}: the later of the two; of two final
     * statuses of the same rank, the one known first stays.
     */
    static <S extends Ranked> S furthest(S known, S learnt) {
        if (learnt == null) {
            return known;
        }
        if (known == null) {
            return learnt;
        }
        return learnt.rank() > known.rank() ? learnt : known;
    }
}
