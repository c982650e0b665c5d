using System.Globalization;
using Microsoft.CodeAnalysis.VisualBasic;

namespace Modernize.Loading.Roslyn;

/// <summary>
/// VB preprocessor symbols as vbc receives them from MSBuild. On Linux the workspace drops DefineConstants (dotnet/roslyn#72014),
/// leaving <c>_MyType</c> unset and My-namespace code broken; this restores <c>_MyType</c>, DEBUG, TRACE, CONFIG, TARGET and the project's constants.
/// </summary>
public static class VisualBasicSymbols
{
    public static VisualBasicParseOptions Apply(VisualBasicParseOptions options, string? defineConstants, string? myType)
    {
        ArgumentNullException.ThrowIfNull(options);
        var symbols = new Dictionary<string, object>(StringComparer.OrdinalIgnoreCase)
        {
            ["CONFIG"] = "Debug",
            ["DEBUG"] = true,
            ["TRACE"] = true,
            ["TARGET"] = "library",
            ["_MyType"] = string.IsNullOrWhiteSpace(myType) ? "Empty" : myType,
        };
        foreach (var (name, value) in options.PreprocessorSymbols)
        {
            symbols.TryAdd(name, value);
        }

        foreach (var part in (defineConstants ?? string.Empty).Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0)
            {
                symbols[part] = true;
                continue;
            }

            var value = part[(equals + 1)..].Trim();
            symbols[part[..equals].Trim()] = value.StartsWith('"') ? value.Trim('"')
                : bool.TryParse(value, out var flag) ? flag
                : int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
                : value;
        }

        return options.WithPreprocessorSymbols(symbols.Select(s => new KeyValuePair<string, object>(s.Key, s.Value)));
    }
}
