/** Value objects shared across Cofile's domain: money, percentages and the exception for bad input. */
package org.cofile.domain.shared;
