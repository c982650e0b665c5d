using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;
using Modernize.Extraction.Data;
using Modernize.Model.Graph;

namespace Modernize.Extraction.Walking;

/// <summary>Dependencies in executable code, read from the language-neutral operation tree of a member body or initializer.</summary>
internal sealed class OperationCollector(DocumentContext context, DataAccessDetector data, SignatureCollector signatures, WiringCollector wiring) : OperationWalker
{
    private INamedTypeSymbol owner = null!;

    public void Collect(INamedTypeSymbol from, IOperation root)
    {
        owner = from;
        Visit(root);
    }

    public override void VisitObjectCreation(IObjectCreationOperation operation)
    {
        context.Reference(owner, operation.Type, DependencyKind.ObjectCreation, operation.Syntax);
        base.VisitObjectCreation(operation);
    }

    public override void VisitArrayCreation(IArrayCreationOperation operation)
    {
        context.Reference(owner, operation.Type, DependencyKind.ObjectCreation, operation.Syntax);
        base.VisitArrayCreation(operation);
    }

    public override void VisitInvocation(IInvocationOperation operation)
    {
        var method = operation.TargetMethod;

        // Extension methods are static, but read and bind like instance calls on the extended value.
        var kind = method.IsStatic && !method.IsExtensionMethod ? DependencyKind.StaticUse : DependencyKind.MethodCall;
        context.Reference(owner, method.ContainingType, kind, operation.Syntax, method.Name);
        foreach (var argument in method.TypeArguments)
        {
            context.Reference(owner, argument, DependencyKind.GenericArgument, operation.Syntax);
        }

        data.Invocation(owner, operation);
        wiring.Invocation(owner, operation);
        base.VisitInvocation(operation);
    }

    public override void VisitInvalid(IInvalidOperation operation)
    {
        data.Unbound(owner, operation);
        base.VisitInvalid(operation);
    }

    public override void VisitArgument(IArgumentOperation operation)
    {
        wiring.Argument(owner, operation);
        base.VisitArgument(operation);
    }

    public override void VisitMethodReference(IMethodReferenceOperation operation)
    {
        var method = operation.Method;
        var kind = method.IsStatic && !method.IsExtensionMethod ? DependencyKind.StaticUse : DependencyKind.MethodCall;
        context.Reference(owner, method.ContainingType, kind, operation.Syntax, method.Name);
        base.VisitMethodReference(operation);
    }

    public override void VisitPropertyReference(IPropertyReferenceOperation operation)
    {
        Member(operation.Property, operation.Syntax);
        data.PropertyReference(owner, operation);
        base.VisitPropertyReference(operation);
    }

    public override void VisitFieldReference(IFieldReferenceOperation operation)
    {
        Member(operation.Field, operation.Syntax);
        base.VisitFieldReference(operation);
    }

    public override void VisitEventReference(IEventReferenceOperation operation)
    {
        Member(operation.Event, operation.Syntax);
        base.VisitEventReference(operation);
    }

    public override void VisitVariableDeclarator(IVariableDeclaratorOperation operation)
    {
        context.Reference(owner, operation.Symbol.Type, DependencyKind.LocalVariable, operation.Syntax);
        base.VisitVariableDeclarator(operation);
    }

    public override void VisitLocalReference(ILocalReferenceOperation operation)
    {
        if (operation.IsDeclaration)
        {
            context.Reference(owner, operation.Local.Type, DependencyKind.LocalVariable, operation.Syntax); // out var, deconstruction
        }

        base.VisitLocalReference(operation);
    }

    public override void VisitLocalFunction(ILocalFunctionOperation operation)
    {
        signatures.Signature(owner, operation.Symbol, operation.Syntax.SpanStart);
        base.VisitLocalFunction(operation);
    }

    public override void VisitCatchClause(ICatchClauseOperation operation)
    {
        context.Reference(owner, operation.ExceptionType, DependencyKind.CatchOrThrow, operation.Syntax);
        base.VisitCatchClause(operation);
    }

    public override void VisitThrow(IThrowOperation operation)
    {
        var thrown = operation.Exception;
        while (thrown is IConversionOperation { IsImplicit: true } conversion)
        {
            thrown = conversion.Operand;
        }

        context.Reference(owner, thrown?.Type, DependencyKind.CatchOrThrow, operation.Syntax);
        base.VisitThrow(operation);
    }

    public override void VisitIsType(IIsTypeOperation operation)
    {
        context.Reference(owner, operation.TypeOperand, DependencyKind.TypeCheck, operation.Syntax);
        base.VisitIsType(operation);
    }

    public override void VisitDeclarationPattern(IDeclarationPatternOperation operation)
    {
        context.Reference(owner, operation.MatchedType, DependencyKind.TypeCheck, operation.Syntax);
        base.VisitDeclarationPattern(operation);
    }

    public override void VisitTypePattern(ITypePatternOperation operation)
    {
        context.Reference(owner, operation.MatchedType, DependencyKind.TypeCheck, operation.Syntax);
        base.VisitTypePattern(operation);
    }

    public override void VisitRecursivePattern(IRecursivePatternOperation operation)
    {
        context.Reference(owner, operation.MatchedType, DependencyKind.TypeCheck, operation.Syntax);
        base.VisitRecursivePattern(operation);
    }

    public override void VisitTypeOf(ITypeOfOperation operation)
    {
        context.Reference(owner, operation.TypeOperand, DependencyKind.TypeCheck, operation.Syntax);
        base.VisitTypeOf(operation);
    }

    public override void VisitConversion(IConversionOperation operation)
    {
        if (!operation.IsImplicit)
        {
            context.Reference(owner, operation.Type, DependencyKind.TypeCheck, operation.Syntax); // casts, as, CType, DirectCast, TryCast
        }

        base.VisitConversion(operation);
    }

    public override void VisitLiteral(ILiteralOperation operation)
    {
        data.StringLiteral(owner, operation);
        base.VisitLiteral(operation);
    }

    public override void VisitBinaryOperator(IBinaryOperation operation)
    {
        data.StringConcatenation(owner, operation);
        base.VisitBinaryOperator(operation);
    }

    public override void VisitInterpolatedString(IInterpolatedStringOperation operation)
    {
        data.InterpolatedString(owner, operation);
        base.VisitInterpolatedString(operation);
    }

    private void Member(ISymbol member, SyntaxNode syntax)
    {
        var kind = member.IsStatic ? DependencyKind.StaticUse : DependencyKind.MemberAccess;
        context.Reference(owner, member.ContainingType, kind, syntax, member.Name);
    }
}
