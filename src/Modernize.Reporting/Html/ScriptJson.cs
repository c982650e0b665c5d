using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Modernize.Reporting.Html;

/// <summary>
/// Serialises data for a <c>&lt;script type="application/json"&gt;</c> element. The HTML parser ends a script element at the first
/// <c>&lt;/script</c> whatever the type, so every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> is written as a JSON <c>\u</c> escape; U+2028 and U+2029
/// are escaped too, so the text stays valid if a reader ever evaluates it as JavaScript.
/// </summary>
public static class ScriptJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DictionaryKeyPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },

        // Non-ASCII text stays readable and small; the characters that matter inside a script element are escaped below.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => Escape(JsonSerializer.Serialize(value, Options));

    /// <summary>Escapes the characters that could end or confuse a script element. Valid on JSON text: they can only occur inside strings.</summary>
    public static string Escape(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var builder = new StringBuilder(json.Length + 64);
        foreach (var c in json)
        {
            _ = c switch
            {
                '<' => builder.Append("\\u003c"),
                '>' => builder.Append("\\u003e"),
                '&' => builder.Append("\\u0026"),
                '\u2028' => builder.Append("\\u2028"),
                '\u2029' => builder.Append("\\u2029"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
