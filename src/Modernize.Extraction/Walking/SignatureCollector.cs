using Microsoft.CodeAnalysis;
using Modernize.Extraction.Data;
using Modernize.Model.Graph;
using TypeKind = Microsoft.CodeAnalysis.TypeKind;

namespace Modernize.Extraction.Walking;

/// <summary>Dependencies written in declarations: base types, interfaces, member signatures and attributes, read from symbols.</summary>
internal sealed class SignatureCollector(DocumentContext context, DataAccessDetector data, WiringCollector wiring)
{
    public void Type(INamedTypeSymbol type, SyntaxNode declaration)
    {
        var position = IdentifierPosition(type, declaration);
        if (type.TypeKind == TypeKind.Interface)
        {
            foreach (var baseInterface in type.Interfaces)
            {
                context.Reference(type, baseInterface, DependencyKind.Inheritance, context.Tree, position, null);
            }
        }
        else
        {
            if (type.BaseType is { SpecialType: SpecialType.None } baseType) // object, ValueType, Enum and Delegate bases are implicit
            {
                context.Reference(type, baseType, DependencyKind.Inheritance, context.Tree, position, null);
            }

            foreach (var implemented in type.Interfaces)
            {
                context.Reference(type, implemented, DependencyKind.InterfaceImplementation, context.Tree, position, null);
            }
        }

        Attributes(type, type.GetAttributes());
        data.TypeDeclared(type, position);
        wiring.TypeDeclared(type, declaration);
        if (type.DelegateInvokeMethod is { } invoke)
        {
            Signature(type, invoke, position);
        }

        // A primary constructor (C# 12, records) is declared by the type's own syntax, so the walk never meets it separately.
        foreach (var constructor in type.InstanceConstructors)
        {
            if (!constructor.IsImplicitlyDeclared && IsDeclaredBy(constructor, declaration))
            {
                Signature(type, constructor, position);
            }
        }
    }

    public void Member(INamedTypeSymbol owner, ISymbol member, SyntaxNode declaration)
    {
        if (member.IsImplicitlyDeclared)
        {
            return;
        }

        var position = IdentifierPosition(member, declaration);
        switch (member)
        {
            case IMethodSymbol method when method.AssociatedSymbol is null:
                Signature(owner, method, position); // attributes included
                return;
            case IPropertySymbol property:
                context.Reference(owner, property.Type, DependencyKind.PropertyType, context.Tree, position, null);
                Parameters(owner, property.Parameters, position);
                data.MemberDeclared(owner, property.Type, position);
                wiring.MemberDeclared(owner, property.Type, declaration);
                break;
            case IFieldSymbol field:
                context.Reference(owner, field.Type, DependencyKind.FieldType, context.Tree, position, null);
                data.MemberDeclared(owner, field.Type, position);
                wiring.MemberDeclared(owner, field.Type, declaration);
                break;
            case IEventSymbol @event:
                context.Reference(owner, @event.Type, DependencyKind.FieldType, context.Tree, position, null);
                break;
            default:
                return; // accessors: their property or event already counted
        }

        Attributes(owner, member.GetAttributes());
    }

    /// <summary>Return and parameter types of a method, constructor, delegate or local function, with their attributes.</summary>
    public void Signature(INamedTypeSymbol owner, IMethodSymbol method, int position)
    {
        if (!method.ReturnsVoid)
        {
            context.Reference(owner, method.ReturnType, DependencyKind.ReturnType, context.Tree, position, null);
        }

        Parameters(owner, method.Parameters, position);
        if (method.MethodKind == MethodKind.Constructor)
        {
            foreach (var parameter in method.Parameters)
            {
                data.ConstructorParameter(owner, parameter.Type, position);
            }
        }

        Attributes(owner, method.GetReturnTypeAttributes());
        Attributes(owner, method.GetAttributes());
    }

    private void Parameters(INamedTypeSymbol owner, System.Collections.Immutable.ImmutableArray<IParameterSymbol> parameters, int position)
    {
        foreach (var parameter in parameters)
        {
            context.Reference(owner, parameter.Type, DependencyKind.ParameterType, context.Tree, position, null);
            Attributes(owner, parameter.GetAttributes());
        }
    }

    private void Attributes(INamedTypeSymbol owner, System.Collections.Immutable.ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (attribute.ApplicationSyntaxReference is { } applied)
            {
                context.Reference(owner, attribute.AttributeClass, DependencyKind.Attribute, applied.SyntaxTree, applied.Span.Start, null);
            }
        }
    }

    private int IdentifierPosition(ISymbol symbol, SyntaxNode declaration)
    {
        foreach (var location in symbol.Locations)
        {
            if (location.SourceTree == context.Tree && declaration.FullSpan.Contains(location.SourceSpan))
            {
                return location.SourceSpan.Start;
            }
        }

        return declaration.SpanStart;
    }

    private static bool IsDeclaredBy(IMethodSymbol constructor, SyntaxNode declaration)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.SyntaxTree == declaration.SyntaxTree && reference.Span == declaration.Span)
            {
                return true;
            }
        }

        return false;
    }
}
