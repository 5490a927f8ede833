/**
 * What My Page does: {@link com.rentcar.mypage.application.ProjectingMyPage} folds each customer activity into the
 * customer's page, {@link com.rentcar.mypage.application.ViewingMyPage} finds a page through the
 * {@link com.rentcar.mypage.application.MyPageStore} port, which knows whether this instance holds the page or
 * another one does.
 */
package com.rentcar.mypage.application;
