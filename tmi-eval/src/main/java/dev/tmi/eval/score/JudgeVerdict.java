package dev.tmi.eval.score;

/**
 * What the LLM judge said about one sample.
 *
 * @param extracted the answer the extractor model pulled out of the output
 * @param correct whether the judge said YES
 * @param agrees whether that equals the deterministic verdict
 */
public record JudgeVerdict(String extracted, boolean correct, boolean agrees) {}
