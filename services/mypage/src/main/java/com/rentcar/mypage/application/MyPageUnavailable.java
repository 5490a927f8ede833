package com.rentcar.mypage.application;

/** The pages cannot be read right now (the store is starting, restoring or moving between instances): ask again shortly. */
public class MyPageUnavailable extends RuntimeException {

    public MyPageUnavailable(String reason) {
        super(reason);
    }

    public MyPageUnavailable(String reason, Throwable cause) {
        super(reason, cause);
    }
}
