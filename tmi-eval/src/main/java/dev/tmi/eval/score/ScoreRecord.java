package dev.tmi.eval.score;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One line of {@code scores.jsonl}: the deterministic verdict on one sample.
 *
 * @param id the sample id
 * @param task the task id
 * @param algorithmClass the algorithm class id
 * @param split S, M or L
 * @param variant the variant whose format parsed the chain of thought
 * @param lengths the instance's length parameters
 * @param answerFound whether a {@code \boxed{}} answer was found
 * @param answerCorrect whether it equals the reference answer (canonical comparison)
 * @param extracted the boxed text as found, or {@code null}
 * @param expected the reference answer
 * @param finishReason what the server said
 * @param truncated whether generation hit the token limit
 * @param promptTokens prompt tokens the server counted, -1 if unknown
 * @param completionTokens generated tokens the server counted, -1 if unknown
 * @param outputChars characters of the whole output
 * @param cotLines non-blank lines of the chain of thought
 * @param latencyMs the request's latency
 * @param hasCot whether the variant has a chain of thought to verify
 * @param parses whether every line of the chain of thought could be read
 * @param parseErrors how many lines could not be read
 * @param referenceSteps atomic states of the reference execution
 * @param modelSteps atomic states the model wrote
 * @param reference checked against the reference execution
 * @param selfConsistent checked by replaying the model's own values
 * @param judge the LLM judge's verdict, when a judge ran
 */
public record ScoreRecord(
    String id,
    String task,
    @JsonProperty("class") String algorithmClass,
    String split,
    String variant,
    Map<String, Integer> lengths,
    boolean answerFound,
    boolean answerCorrect,
    String extracted,
    JsonNode expected,
    String finishReason,
    boolean truncated,
    int promptTokens,
    int completionTokens,
    int outputChars,
    int cotLines,
    long latencyMs,
    boolean hasCot,
    boolean parses,
    int parseErrors,
    int referenceSteps,
    int modelSteps,
    StepCheck reference,
    StepCheck selfConsistent,
    JudgeVerdict judge) {

  /** This record with a judge verdict. */
  public ScoreRecord withJudge(JudgeVerdict v) {
    return new ScoreRecord(
        id,
        task,
        algorithmClass,
        split,
        variant,
        lengths,
        answerFound,
        answerCorrect,
        extracted,
        expected,
        finishReason,
        truncated,
        promptTokens,
        completionTokens,
        outputChars,
        cotLines,
        latencyMs,
        hasCot,
        parses,
        parseErrors,
        referenceSteps,
        modelSteps,
        reference,
        selfConsistent,
        v);
  }
}
