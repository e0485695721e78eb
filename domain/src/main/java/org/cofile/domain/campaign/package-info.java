/**
 * Campaigns of a coalition: public petitions with their signatures (double opt-in, one per e-mail, counted without a
 * hot row), and the resolutions and letters they bundle.
 */
package org.cofile.domain.campaign;
