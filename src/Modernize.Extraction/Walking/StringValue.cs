using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Modernize.Extraction.Http;

namespace Modernize.Extraction.Walking;

/// <summary>
/// The text a string expression builds, as far as the source shows it: constants, interpolations and concatenations are
/// read through, and a local or read-only field is followed to its initializer (a couple of steps, <see cref="Initializers"/>); every
/// part known only at run time becomes <see cref="RoutePath.Hole"/>.
/// </summary>
internal static class StringValue
{
    private const int MaxSteps = 3;

    /// <summary>How deep concatenations and interpolations are read: a URL is never built of more parts, and generated code nests thousands.</summary>
    private const int MaxDepth = 32;

    /// <returns>The text, or null when the expression is no string the source builds (a method result, a parameter alone).</returns>
    public static string? Of(IOperation operation, SemanticModel model)
    {
        var text = new StringBuilder();
        if (!Append(operation, model, text, MaxSteps, MaxDepth))
        {
            return null;
        }

        var built = text.ToString();
        return built.Any(c => c != RoutePath.Hole) ? built : null;
    }

    private static bool Append(IOperation operation, SemanticModel model, StringBuilder text, int steps, int depth)
    {
        if (depth == 0)
        {
            return false;
        }

        while (operation is IConversionOperation { Type.SpecialType: SpecialType.System_String or SpecialType.System_Object } conversion)
        {
            operation = conversion.Operand;
        }

        if (operation.ConstantValue is { HasValue: true, Value: string constant })
        {
            text.Append(constant);
            return true;
        }

        switch (operation)
        {
            case IInterpolatedStringOperation interpolated:
                foreach (var part in interpolated.Parts)
                {
                    if (part is IInterpolatedStringTextOperation literal)
                    {
                        text.Append(literal.Text.ConstantValue.Value as string);
                    }
                    else if (part is IInterpolationOperation hole && (steps == 0 || !Append(hole.Expression, model, text, steps - 1, depth - 1)))
                    {
                        text.Append(RoutePath.Hole);
                    }
                }

                return true;
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Concatenate, Type.SpecialType: SpecialType.System_String } concatenation:
                AppendOrHole(concatenation.LeftOperand, model, text, steps, depth - 1);
                AppendOrHole(concatenation.RightOperand, model, text, steps, depth - 1);
                return true;
            case ILocalReferenceOperation local when steps > 0 && Initializers.Of(local.Local, model) is { } value:
                return Append(value, model, text, steps - 1, depth - 1);
            case IFieldReferenceOperation field when steps > 0 && field.Field.IsReadOnly && Initializers.Of(field.Field, model) is { } value:
                return Append(value, model, text, steps - 1, depth - 1);
            default:
                return false;
        }
    }

    private static void AppendOrHole(IOperation operation, SemanticModel model, StringBuilder text, int steps, int depth)
    {
        if (!Append(operation, model, text, steps, depth))
        {
            text.Append(RoutePath.Hole);
        }
    }
}
