/**
 * The model of My Page, plain Java: a {@link com.rentcar.mypage.domain.MyPage} per customer (profile and the
 * history of reservations with their reservation, payment and rental statuses) and the
 * {@link com.rentcar.mypage.domain.CustomerActivity} it learns from. The merge rules live here: an entry is
 * started by whichever event about a reservation arrives first and completed by the others; a status never moves
 * back to an earlier one; learning the same thing twice changes nothing.
 */
package com.rentcar.mypage.domain;
