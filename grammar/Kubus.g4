// The Kubus language (LANGUAGE.md). Kinds and fields are data (src/schema),
// so the grammar only knows the generic declaration shape plus `use` and `rule`.
// Keywords are contextual: every keyword token is also accepted where a name is.
grammar Kubus;

tokens { UNIT }

file        : statement* EOF ;

// One expression on its own, such as the `{...}` of a message (syntax::parse_expression).
expression  : expr EOF ;

statement   : useStmt | ruleDecl | entityDecl ;

useStmt     : USE (name | STRING) ;

ruleDecl    : RULE name STRING? LBRACE ruleItem* RBRACE ;

ruleItem    : FOR name IN expr (WHERE expr)?      # forClause
            | EXPECT expr                         # expectClause
            | member                              # ruleField
            ;

entityDecl  : kind=name id=name STRING? block? ;

block       : LBRACE member* RBRACE ;

member      : name COLON value                    # fieldMember
            | name block                          # blockMember
            ;

value       : STRING                              # stringValue
            | (TRUE | FALSE)                      # boolValue
            | DATE                                # dateValue
            | QUARTER                             # quarterValue
            | quantity                            # quantityValue
            | name ARROW name                     # handoffValue
            | name? cmpOp scalar                  # comparisonValue
            | name                                # refValue
            | LBRACK (value (COMMA value)* COMMA?)? RBRACK   # listValue
            ;

scalar      : quantity | STRING | DATE | QUARTER | name | TRUE | FALSE ;

quantity    : MINUS? NUMBER unit? ;

unit        : UNIT ;

cmpOp       : EQ | NE | LT | LE | GT | GE ;

expr        : primary                                         # primaryExpr
            | expr DOT name                                   # pathExpr
            | MINUS expr                                      # negExpr
            | expr op=(STAR | SLASH) expr                     # mulExpr
            | expr op=(PLUS | MINUS) expr                     # addExpr
            | expr cmpOp expr                                 # cmpExpr
            | expr NOT? IN expr                               # inExpr
            | expr IS NOT? NONE                               # isNoneExpr
            | NOT expr                                        # notExpr
            | expr AND expr                                   # andExpr
            | expr OR expr                                    # orExpr
            | q=(ALL | ANY | NO) name IN expr COLON expr      # quantExpr
            ;

primary     : quantity                                        # numberPrimary
            | STRING                                          # stringPrimary
            | (TRUE | FALSE)                                  # boolPrimary
            | NONE                                            # nonePrimary
            | DATE                                            # datePrimary
            | QUARTER                                         # quarterPrimary
            | exprName LPAREN expr RPAREN                     # callPrimary
            | LBRACK name IN expr WHERE expr RBRACK           # filterPrimary
            | LBRACK (expr (COMMA expr)* COMMA?)? RBRACK      # listPrimary
            | LPAREN expr RPAREN                              # parenPrimary
            | exprName                                        # namePrimary
            ;

// In expressions the clause keywords are reserved; `use` and `rule` are not.
exprName    : IDENT | USE | RULE ;

name        : IDENT | USE | RULE | FOR | IN | WHERE | EXPECT | AND | OR | NOT
            | NONE | IS | ALL | ANY | NO ;

USE     : 'use' ;
RULE    : 'rule' ;
FOR     : 'for' ;
IN      : 'in' ;
WHERE   : 'where' ;
EXPECT  : 'expect' ;
AND     : 'and' ;
OR      : 'or' ;
NOT     : 'not' ;
NONE    : 'none' ;
IS      : 'is' ;
ALL     : 'all' ;
ANY     : 'any' ;
NO      : 'no' ;
TRUE    : 'true' ;
FALSE   : 'false' ;

LBRACE  : '{' ;
RBRACE  : '}' ;
LBRACK  : '[' ;
RBRACK  : ']' ;
LPAREN  : '(' ;
RPAREN  : ')' ;
COLON   : ':' ;
COMMA   : ',' ;
DOT     : '.' ;
ARROW   : '->' ;
EQ      : '==' ;
NE      : '!=' ;
LE      : '<=' ;
GE      : '>=' ;
LT      : '<' ;
GT      : '>' ;
PLUS    : '+' ;
MINUS   : '-' ;
STAR    : '*' ;
SLASH   : '/' ;
PERCENT : '%' ;
PER_UNIT: '/' [A-Za-z_]+ ;

QUARTER : DIGIT DIGIT DIGIT DIGIT '-Q' [1-4] ;
DATE    : DIGIT DIGIT DIGIT DIGIT '-' DIGIT DIGIT '-' DIGIT DIGIT ;
NUMBER  : DIGITS ('.' DIGITS)? ([eE] [+-]? DIGITS)? ;
IDENT   : [A-Za-z_] ([A-Za-z0-9_-]* [A-Za-z0-9_])? ;

STRING  : '"' (ESC | ~["\\\r\n])* '"' ;
// An unclosed string stops at the end of its line so the error points at it.
UNTERMINATED_STRING : '"' (ESC | ~["\\\r\n])* ;

COMMENT : '#' ~[\r\n]* -> channel(HIDDEN) ;
WS      : [ \t\r\n\f]+ -> skip ;
ERROR_CHAR : . ;

fragment ESC    : '\\' . ;
fragment DIGIT  : [0-9] ;
fragment DIGITS : DIGIT ('_'? DIGIT)* ;
