package com.rentcar.mypage.adapter.streams;

import com.rentcar.mypage.domain.CustomerActivity;

/** What one message on an event topic turned out to be. */
sealed interface ActivityReading {

    /** An event My Page shows. */
    record Accepted(CustomerActivity activity) implements ActivityReading {
    }

    /** A well-formed event of a type My Page does not show (a later minor version may add types). */
    record Ignored(String type) implements ActivityReading {
    }

    /** A message that breaks the contract: it goes to the dead-letter topic with {@code reason}. */
    record Rejected(String message, String reason) implements ActivityReading {
    }
}
