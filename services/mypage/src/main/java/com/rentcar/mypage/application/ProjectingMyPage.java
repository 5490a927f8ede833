package com.rentcar.mypage.application;

import org.springframework.stereotype.Service;

import com.rentcar.mypage.domain.CustomerActivity;
import com.rentcar.mypage.domain.MyPage;

/** Folds what the services announce into the customer's page, one activity at a time. */
@Service
public class ProjectingMyPage {

    /**
     * The page after {@code activity}.
     *
     * @param page the page so far, {@code null} for a customer heard of for the first time
     */
    public MyPage project(MyPage page, CustomerActivity activity) {
        var current = page != null ? page : MyPage.empty(activity.customerId());
        return current.apply(activity);
    }
}
