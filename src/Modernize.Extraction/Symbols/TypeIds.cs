using System.Text;
using Microsoft.CodeAnalysis;
using ModelTypeKind = Modernize.Model.Graph.TypeKind;

namespace Modernize.Extraction.Symbols;

/// <summary>The graph's names for Roslyn types: namespace-qualified, nested types joined by '.', generic arity as <c>`1</c>.</summary>
public static class TypeIds
{
    public static string Of(INamedTypeSymbol type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var definition = type.OriginalDefinition;
        var builder = new StringBuilder(64);
        AppendContainers(builder, definition);
        builder.Append(definition.MetadataName);
        return builder.ToString();
    }

    public static string NamespaceOf(INamedTypeSymbol type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? string.Empty : ns.ToDisplayString();
    }

    /// <summary>The type's name as written, with containing types: <c>Outer.Inner</c>, generic arity kept.</summary>
    public static string NameOf(INamedTypeSymbol type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var ns = NamespaceOf(type);
        var id = Of(type);
        return ns.Length == 0 ? id : id[(ns.Length + 1)..];
    }

    public static ModelTypeKind KindOf(INamedTypeSymbol type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.TypeKind switch
        {
            TypeKind.Interface => ModelTypeKind.Interface,
            TypeKind.Enum => ModelTypeKind.Enum,
            TypeKind.Delegate => ModelTypeKind.Delegate,
            TypeKind.Module => ModelTypeKind.Module,
            TypeKind.Struct => type.IsRecord ? ModelTypeKind.RecordStruct : ModelTypeKind.Struct,
            _ => type.IsRecord ? ModelTypeKind.Record : ModelTypeKind.Class,
        };
    }

    private static void AppendContainers(StringBuilder builder, INamedTypeSymbol type)
    {
        if (type.ContainingType is { } outer)
        {
            AppendContainers(builder, outer);
            builder.Append(outer.MetadataName).Append('.');
            return;
        }

        var ns = type.ContainingNamespace;
        if (ns is not null && !ns.IsGlobalNamespace)
        {
            builder.Append(ns.ToDisplayString()).Append('.');
        }
    }
}
