package org.cofile.domain.cofiling;

/** How the filing reached the company's corporate secretary. */
public enum DeliveryMethod {
    EMAIL,
    COURIER,
    MAIL,
    HAND
}
