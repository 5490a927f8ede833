package com.rentcar.customer.application;

import com.rentcar.customer.domain.HashedPassword;
import com.rentcar.customer.domain.Password;

/** One-way, salted, deliberately slow hashing of passwords. */
public interface PasswordHashing {

    HashedPassword hash(Password password);

    /** True when {@code attempt} is the password behind {@code hash}. */
    boolean matches(String attempt, HashedPassword hash);

    /**
     * Spends the time a real comparison takes and matches nothing, so a caller cannot tell an unknown
     * username from a wrong password by how long the answer takes.
     */
    void matchAgainstNothing(String attempt);
}
