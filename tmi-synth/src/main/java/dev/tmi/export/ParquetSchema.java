package dev.tmi.export;

import static org.apache.parquet.schema.LogicalTypeAnnotation.listType;
import static org.apache.parquet.schema.LogicalTypeAnnotation.stringType;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.BINARY;
import static org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName.INT64;

import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.Types;

/**
 * The Parquet schema of an export: the sample's fields as flat columns ({@code answer}, {@code
 * instance} and {@code lengths} as JSON strings, since their shape differs between tasks), the
 * framed {@code system} and {@code response}, and {@code messages}, a list of {@code {role,
 * content}} structs that HuggingFace {@code datasets} and TRL read as a conversation.
 */
final class ParquetSchema {
  private ParquetSchema() {}

  /** Column names in schema order (messages last). */
  static final String[] STRINGS = {"id", "task", "class", "split", "set", "variant"};

  static final MessageType SCHEMA =
      Types.buildMessage()
          .required(BINARY)
          .as(stringType())
          .named("id")
          .required(BINARY)
          .as(stringType())
          .named("task")
          .optional(BINARY)
          .as(stringType())
          .named("class")
          .required(BINARY)
          .as(stringType())
          .named("split")
          .optional(BINARY)
          .as(stringType())
          .named("set")
          .required(BINARY)
          .as(stringType())
          .named("variant")
          .required(INT64)
          .named("seed")
          .required(INT64)
          .named("index")
          .required(BINARY)
          .as(stringType())
          .named("query")
          .required(BINARY)
          .as(stringType())
          .named("cot")
          .required(BINARY)
          .as(stringType())
          .named("answer")
          .required(BINARY)
          .as(stringType())
          .named("boxed")
          .required(BINARY)
          .as(stringType())
          .named("instance")
          .optional(BINARY)
          .as(stringType())
          .named("lengths")
          .optional(BINARY)
          .as(stringType())
          .named("system")
          .required(BINARY)
          .as(stringType())
          .named("response")
          .requiredGroup()
          .as(listType())
          .repeatedGroup()
          .requiredGroup()
          .required(BINARY)
          .as(stringType())
          .named("role")
          .required(BINARY)
          .as(stringType())
          .named("content")
          .named("element")
          .named("list")
          .named("messages")
          .named("tmi_sample");
}
