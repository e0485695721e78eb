/**
 * The public pages, without an account: a published campaign, a petition to sign, and the mailed links that confirm,
 * unsubscribe or erase a signature.
 */
package org.cofile.web.petitions;
