package org.cofile.domain.answers;

import java.math.BigDecimal;

/**
 * One vote's support as a chart shows it: computed by the engine from the counts (SEC formula), or as published when
 * only that is known ({@code reported}), with its label and source.
 */
public record SupportFigure(BigDecimal percent, boolean reported, String label, String source) {}
