/** Cofile's domain: the entities, value objects and filing rules, in plain Java that needs no container. */
package org.cofile.domain;
